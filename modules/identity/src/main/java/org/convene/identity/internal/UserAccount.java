package org.convene.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;

@MappedEntity("identity_user")
record UserAccount(
        @Id @GeneratedValue @Nullable Long id,
        String email,
        String displayName,
        String passwordHash,
        String language,
        boolean active,
        Instant createdAt,
        boolean passwordSet,
        @Version @Nullable Long version) {

    UserAccount withDetails(String displayName, String passwordHash, String language, boolean active) {
        boolean set = passwordSet || !passwordHash.equals(this.passwordHash);
        return new UserAccount(id, email, displayName, passwordHash, language, active, createdAt, set, version);
    }

    /** The owner chose a password (through a link): the account can be signed in to. */
    UserAccount withOwnPassword(String newHash) {
        return new UserAccount(id, email, displayName, newHash, language, true, createdAt, true, version);
    }
}
