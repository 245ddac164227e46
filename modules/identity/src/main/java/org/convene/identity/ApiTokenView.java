package org.convene.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A token as listed to its owner: its name and first characters, never the secret. */
@Serdeable
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt, boolean revoked) {
}
