package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.openspace.Response;

/**
 * An invitee's answer to a request. A mapped entity rather than an introspected DTO, though only ever
 * read: Micronaut Data builds a DTO's mapping model anew for every query, an entity's once.
 */
@MappedEntity("openspace_invitee")
record InviteeRow(@Id long requestId, long personId, Response response, @Nullable Instant respondedAt) {
}
