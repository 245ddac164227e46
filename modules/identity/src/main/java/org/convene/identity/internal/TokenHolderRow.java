package org.convene.identity.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A live token with its active account and one of the account's grants (none: role and scope null). */
@Introspected
record TokenHolderRow(long tokenId, @Nullable Instant lastUsedAt, long userId, String email, String displayName, String language,
                      @Nullable String role, @Nullable String scope) {
}
