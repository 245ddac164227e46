package org.convene.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A live token with its active account and one of the account's grants (none: role and scope null).
 * A mapped entity rather than an introspected DTO, though only ever read: Micronaut Data builds a
 * DTO's mapping model anew for every query, an entity's once.
 */
@MappedEntity("identity_api_token")
record TokenHolderRow(@Id long tokenId, @Nullable Instant lastUsedAt, long userId, String email, String displayName, String language,
                      @Nullable String role, @Nullable String scope) {
}
