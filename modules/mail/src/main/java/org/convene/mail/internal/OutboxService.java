package org.convene.mail.internal;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.convene.mail.Mail;
import org.convene.mail.Outbox;

/**
 * Writes mails to the outbox. MANDATORY: the point of an outbox is to share the transaction of the
 * change the mail tells of; a caller without one would have a mail for a change that may never commit.
 */
@Singleton
@Transactional(propagation = Propagation.MANDATORY)
class OutboxService implements Outbox {
    private final OutboxMails mails;
    private final Clock clock;
    private final MailSettings settings;

    OutboxService(OutboxMails mails, Clock clock, MailSettings settings) {
        this.mails = mails;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean deliversMail() {
        return settings.getHost() != null && !settings.getHost().isBlank();
    }

    @Override
    public long enqueue(Mail mail) {
        Instant now = clock.instant();
        // A Message-ID fixed at enqueue time: a retry after a crash between sending and marking
        // repeats the same id, so the receiving side can tell it is the same mail.
        String messageId = "<" + UUID.randomUUID() + "@convene>";
        OutboxMail row = new OutboxMail(null, messageId, mail.to(), mail.language().getLanguage(), mail.subject(),
                mail.body(), mail.reference(), OutboxMail.Status.PENDING, 0, now, now, null, null, null);
        return mails.save(row).id();
    }

    @Override
    public int forget(Collection<String> references) {
        if (references.isEmpty()) {
            return 0;
        }
        List<String> all = List.copyOf(references);
        int dropped = mails.deletePendingByReference(all);
        mails.clearByReference(all);
        return dropped;
    }
}
