package org.convene.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A findable profile with its account's e-mail.
 * A mapped entity rather than an introspected DTO, though only ever read: Micronaut Data builds a
 * DTO's mapping model anew for every query, an entity's once.
 */
@MappedEntity("identity_profile")
record FindableRow(@Id long userId, @Nullable String bio, @Nullable String interests, String email) {
}
