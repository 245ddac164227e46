/**
 * Users, their roles and scopes, sign-in with throttling, personal API tokens, invitation and
 * reset links (the reset mail goes through {@code mail}), and profiles.
 * Public: {@link org.convene.identity.UserManagement}, {@link org.convene.identity.SignIn},
 * {@link org.convene.identity.ApiTokens}, {@link org.convene.identity.Invitations},
 * {@link org.convene.identity.Profiles} and their records.
 */
@ApplicationModule(name = "identity", allowedDependencies = {"platform", "mail"})
package org.convene.identity;

import org.convene.platform.ApplicationModule;
