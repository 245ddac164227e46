package org.convene.mail.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.convene.mail.Mail;
import org.convene.mail.Outbox;

/** A caller that queues mails in its own transaction, as a module's facade would. */
@Singleton
class InTransaction {
    private final Outbox outbox;

    InTransaction(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    long enqueue(Mail mail) {
        return outbox.enqueue(mail);
    }

    /** Queues the mail, then fails: the transaction rolls back. */
    @Transactional
    void enqueueAndFail(Mail mail) {
        outbox.enqueue(mail);
        throw new IllegalStateException("the change the mail tells of failed");
    }

    @Transactional
    int forget(String reference) {
        return outbox.forget(java.util.List.of(reference));
    }
}
