/**
 * Users, their roles and scopes, sign-in with throttling, and personal API tokens.
 * Public: {@link org.convene.identity.UserManagement}, {@link org.convene.identity.SignIn},
 * {@link org.convene.identity.ApiTokens} and their records.
 */
@ApplicationModule(name = "identity", allowedDependencies = {"platform"})
package org.convene.identity;

import org.convene.platform.ApplicationModule;
