package org.convene.mail.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.convene.mail.internal.MailTransport.DeliveryFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the outbox holds. Each mail: claim it (a short lease, committed before sending, so
 * no other sender takes it meanwhile), send it, mark it sent. A crash between the server's "250 OK"
 * and the mark leaves the lease to expire and the mail is sent again, with the same Message-ID:
 * delivery is at least once, never lost (docs/decisions/0004). No transaction spans the sending, so
 * a slow mail server holds no database lock. Logs carry outbox ids, never addresses.
 */
@Singleton
class MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);

    private final OutboxMails mails;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;

    MailSender(OutboxMails mails, MailTransport transport, MailSettings settings, Clock clock) {
        this.mails = mails;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends the mails that are due now; answers how many were delivered. */
    int sendDue() {
        Instant now = clock.instant();
        List<Long> due = mails.findDueIds(now, settings.getBatch());
        int delivered = 0;
        for (long id : due) {
            if (mails.claim(id, now, now.plus(settings.getLease())) == 1 && deliver(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(long id) {
        OutboxMail mail = mails.findById(id).orElse(null);
        if (mail == null) {
            return false; // forgotten (erased) after we claimed it
        }
        try {
            transport.send(mail);
        } catch (DeliveryFailure e) {
            failed(mail, e);
            return false;
        } catch (RuntimeException e) {
            // A surprise in the transport must not leave the mail claimed and retried forever.
            failed(mail, new DeliveryFailure(e.getClass().getSimpleName(), false, e));
            return false;
        }
        mails.markSent(id, clock.instant());
        return true;
    }

    private void failed(OutboxMail mail, DeliveryFailure e) {
        String reason = e.getMessage();
        if (e.permanent() || mail.attempts() >= settings.getMaxAttempts()) {
            mails.markFailed(mail.id(), reason);
            LOG.warn("Mail {} given up after {} attempt(s): {}", mail.id(), mail.attempts(), reason);
            return;
        }
        Instant next = clock.instant().plus(settings.retryAfter(mail.attempts()));
        mails.retryAt(mail.id(), next, reason);
        LOG.info("Mail {} not delivered (attempt {}: {}), next attempt at {}", mail.id(), mail.attempts(), reason, next);
    }
}
