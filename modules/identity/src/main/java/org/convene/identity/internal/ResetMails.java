package org.convene.identity.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.convene.identity.PasswordLink;
import org.convene.mail.Mail;
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
        Locale language = Locale.of(link.language());
        ResourceBundle bundle = ResourceBundle.getBundle("org.convene.identity.internal.mails", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language).withZone(ZoneOffset.UTC)
                .format(link.expiresAt()) + " UTC";
        Object[] arguments = {link.displayName(), url(link), until};
        outbox.enqueue(new Mail(link.email(), language, bundle.getString("reset.subject"),
                new MessageFormat(bundle.getString("reset.body"), language).format(arguments), "user:" + link.userId()));
        if (!outbox.deliversMail()) {
            LOG.info("No mail server is configured: the reset link of user {} is {}", link.userId(), url(link));
        }
    }
}
