package org.convene.mail.internal;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With no SMTP host configured, a mail is "delivered" to the log, so the app runs (and demos)
 * without a mail server. INFO carries the outbox id and the subject only: the subject holds no
 * personal data, the recipient and body do. The body goes to DEBUG, which is off by default and
 * meant for a developer's machine with demo data, where reading the mail text is the point.
 */
@Singleton
@Requires(missingProperty = "convene.mail.host")
class LogTransport implements MailTransport {
    private static final Logger LOG = LoggerFactory.getLogger(LogTransport.class);

    LogTransport() {
        LOG.info("No SMTP host configured (convene.mail.host): mails are written to the log, not sent");
    }

    @Override
    public void send(OutboxMail mail) {
        LOG.info("Mail {} not sent (no SMTP host configured, convene.mail.host): {}", mail.id(), mail.subject());
        LOG.debug("Mail {} body:\n{}", mail.id(), mail.body());
    }
}
