package org.convene.mail.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxMails extends CrudRepository<OutboxMail, Long> {

    /** Pending mails whose time has come and that no live sender holds. */
    @Query("""
            SELECT id FROM mail_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= :now AND (claimed_until IS NULL OR claimed_until <= :now)
            ORDER BY next_attempt_at, id LIMIT :limit""")
    List<Long> findDueIds(Instant now, int limit);

    /**
     * Takes the mail for one attempt: a compare-and-set on the lease, so of two senders (two app
     * instances) only one gets it. Answers 1 when this sender holds it now.
     */
    @Query("""
            UPDATE mail_outbox SET claimed_until = :until, attempts = attempts + 1
            WHERE id = :id AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until <= :now)""")
    int claim(long id, Instant now, Instant until);

    /** Delivered: keeps the row (its message id, subject and dates) but no recipient and no body. */
    @Query("""
            UPDATE mail_outbox SET status = 'SENT', sent_at = :at, claimed_until = NULL, last_error = NULL,
                recipient = '', body = ''
            WHERE id = :id""")
    void markSent(long id, Instant at);

    @Query("""
            UPDATE mail_outbox SET next_attempt_at = :next, claimed_until = NULL, last_error = :error
            WHERE id = :id""")
    void retryAt(long id, Instant next, String error);

    @Query("UPDATE mail_outbox SET status = 'FAILED', claimed_until = NULL, last_error = :error WHERE id = :id")
    void markFailed(long id, String error);

    @Query("DELETE FROM mail_outbox WHERE reference IN (:references) AND status = 'PENDING'")
    int deletePendingByReference(List<String> references);

    @Query("UPDATE mail_outbox SET recipient = '', body = '' WHERE reference IN (:references)")
    void clearByReference(List<String> references);
}
