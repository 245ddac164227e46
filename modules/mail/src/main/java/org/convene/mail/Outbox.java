package org.convene.mail;

import java.util.Collection;

/**
 * Mails to send. {@link #enqueue} writes to the outbox table inside the caller's transaction, so a
 * rollback sends nothing and a commit never loses the mail; delivery happens later, in the
 * background, with retries. Delivery is at least once: see docs/decisions/0004.
 */
public interface Outbox {
    /**
     * Queues the mail in the caller's transaction and answers its outbox id.
     *
     * @throws io.micronaut.transaction.exceptions.TransactionException when called outside a
     *         transaction: a mail queued on its own could tell of a change that never commits
     */
    long enqueue(Mail mail);

    /**
     * Forgets the mails with these references (erasure of the people they were written to): unsent
     * ones are dropped, and no recipient or body is kept of any. Joins the caller's transaction.
     *
     * @return how many mails were dropped unsent
     */
    int forget(Collection<String> references);

    /**
     * Whether mails go out over SMTP. False when no mail server is configured and mails are only
     * logged: then a caller may log what the reader needs to act on (an invitation link), so the
     * application works offline.
     */
    boolean deliversMail();
}
