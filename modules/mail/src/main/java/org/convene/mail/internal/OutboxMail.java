package org.convene.mail.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of the outbox; see the migration for the life of a row. */
@MappedEntity("mail_outbox")
record OutboxMail(
        @Id @GeneratedValue @Nullable Long id,
        String messageId,
        String recipient,
        String language,
        String subject,
        String body,
        @Nullable String reference,
        Status status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant claimedUntil,
        @Nullable Instant sentAt,
        @Nullable String lastError) {

    enum Status {
        PENDING,
        SENT,
        /** Given up: refused for good by the server, or too many attempts. */
        FAILED
    }
}
