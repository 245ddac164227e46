/**
 * Outgoing mail. Public: {@link org.convene.mail.Outbox}, which queues a {@link org.convene.mail.Mail}
 * in the caller's transaction; a background sender delivers it over SMTP, or logs it when no SMTP
 * host is configured.
 */
@ApplicationModule(name = "mail", allowedDependencies = {"platform"})
package org.convene.mail;

import org.convene.platform.ApplicationModule;
