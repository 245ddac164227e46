package org.convene.identity.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.convene.identity.PasswordLink;
import org.convene.mail.MailBundle;
import org.convene.mail.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues the reset mail in the transaction that made the link, in the person's language. With no
 * mail server the link is logged instead (by user id, never the address), so a demo works offline.
 */
@Singleton
class ResetMails {
    private static final Logger LOG = LoggerFactory.getLogger(ResetMails.class);
    private final Outbox outbox;
    private final String publicUrl;

    ResetMails(Outbox outbox, @Value("${convene.public-url:`http://localhost:8080`}") String publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The address a link opens: the set-password page with the secret as its only parameter. */
    String url(PasswordLink link) {
        return publicUrl + link.path();
    }

    void send(PasswordLink link) {
        MailBundle texts = MailBundle.of("org.convene.identity.internal.mails", link.language());
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(texts.language()).withZone(ZoneOffset.UTC)
                .format(link.expiresAt()) + " UTC";
        outbox.enqueue(texts.mail(link.email(), "reset", "user:" + link.userId(), link.displayName(), url(link), until));
        if (!outbox.deliversMail()) {
            LOG.info("No mail server is configured: the reset link of user {} is {}", link.userId(), url(link));
        }
    }
}
