package org.convene.openspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting request as its requester and invitees see it.
 *
 * @param slot    the chosen slot's start, null for any slot (until placed)
 * @param meeting the booked meeting, when there is one
 */
@Serdeable
public record RequestView(long id, long summitId, long requesterId, String requesterName, List<Invitee> invitees,
                          @Nullable LocalDateTime slot, @Nullable String message, RequestStatus status,
                          @Nullable MeetingView meeting) {

    @Serdeable
    public record Invitee(long registrationId, String name, Response response) {
    }
}
