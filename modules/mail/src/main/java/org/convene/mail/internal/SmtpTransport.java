package org.convene.mail.internal;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.LoggerFactory;

/** Delivers over SMTP with Jakarta Mail (Eclipse Angus) when {@code convene.mail.host} is set. */
@Singleton
@Requires(property = "convene.mail.host")
class SmtpTransport implements MailTransport {
    private final MailSettings settings;
    private final Session session;

    SmtpTransport(MailSettings settings) {
        this.settings = settings;
        this.session = session(settings);
        LoggerFactory.getLogger(SmtpTransport.class).info("Mails go to the SMTP server {}:{}", settings.getHost(), settings.getPort());
    }

    @Override
    public void send(OutboxMail mail) throws DeliveryFailure {
        try {
            MimeMessage message = new FixedIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(settings.getFrom(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setContentLanguage(new String[] {mail.language()});
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (AddressException e) {
            // The recipient (or the configured sender) is not an address: no retry can mend that.
            throw failure(e.getClass().getSimpleName(), true, e);
        } catch (SMTPAddressFailedException e) {
            throw failure("smtp " + e.getReturnCode(), e.getReturnCode() >= 500, e);
        } catch (SMTPSendFailedException e) {
            throw failure("smtp " + e.getReturnCode(), e.getReturnCode() >= 500, e);
        } catch (SendFailedException e) {
            // Addresses refused before any transfer: trying again sends to the same bad address.
            boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw failure(e.getClass().getSimpleName(), refused, e);
        } catch (MessagingException e) {
            // Server down, time-out, TLS or authentication trouble: may well pass later.
            throw failure(e.getClass().getSimpleName(), false, e);
        }
    }

    /** The reason names the kind of failure only: exception messages may quote the address. */
    private static DeliveryFailure failure(String reason, boolean permanent, Exception cause) {
        return new DeliveryFailure(reason, permanent, cause);
    }

    private static Session session(MailSettings settings) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", settings.getHost());
        p.put("mail.smtp.port", String.valueOf(settings.getPort()));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.isStarttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.isStarttls()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(settings.getTimeout().toMillis()));
        p.put("mail.smtp.timeout", String.valueOf(settings.getTimeout().toMillis()));
        p.put("mail.smtp.writetimeout", String.valueOf(settings.getTimeout().toMillis()));
        String user = settings.getUsername();
        if (user == null || user.isBlank()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        String password = settings.getPassword() == null ? "" : settings.getPassword();
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    /** Keeps the outbox's Message-ID instead of the fresh one Jakarta Mail makes on every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
