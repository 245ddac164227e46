package org.convene.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One conflict of a session. {@code sessionId} is 0 for a session not yet saved. The other
 * fields are filled as the kind needs: the other session for double bookings, the person for
 * {@link ConflictKind#PERSON_DOUBLE_BOOKED}, capacity and expected audience for
 * {@link ConflictKind#ROOM_TOO_SMALL}.
 */
@Serdeable
public record Conflict(
        ConflictKind kind,
        boolean hard,
        long sessionId,
        String sessionTitle,
        @Nullable Long otherSessionId,
        @Nullable String otherSessionTitle,
        @Nullable String roomName,
        @Nullable Long registrationId,
        @Nullable String personName,
        @Nullable Integer capacity,
        @Nullable Integer expectedAudience) {
}
