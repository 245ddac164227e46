package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDateTime;
import org.convene.openspace.RequestStatus;

/** A meeting request; {@code slotStart} null for any slot. */
@MappedEntity("openspace_request")
record RequestRow(@Id @GeneratedValue @Nullable Long id, long summitId, long requesterId, @Nullable LocalDateTime slotStart,
                  @Nullable String message, RequestStatus status, Instant createdAt, Instant changedAt) {
    RequestRow with(RequestStatus next, Instant at) {
        return new RequestRow(id, summitId, requesterId, slotStart, message, next, createdAt, at);
    }
}
