package org.convene.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.identity.PasswordLink.Purpose;

@MappedEntity("identity_password_link")
record PasswordLinkRow(
        @Id @GeneratedValue @Nullable Long id,
        long userId,
        Purpose purpose,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable Instant revokedAt) {

    boolean validAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    PasswordLinkRow usedAt(Instant now) {
        return new PasswordLinkRow(id, userId, purpose, tokenHash, createdAt, expiresAt, now, revokedAt);
    }
}
