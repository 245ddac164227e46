package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Participants.Participant;

/**
 * A request as a write left it, with what the write read on the way (its invitees, everyone's
 * registration, the meeting and place when booked), so the caller's answer is built without
 * reading any of it back.
 *
 * @param people    the requester's and the invitees' registrations that exist, by id
 * @param meeting   the meeting, when the request is booked
 * @param placeName the meeting's place, when booked
 */
record Written(RequestRow request, List<InviteeRow> invitees, Map<Long, Participant> people, @Nullable MeetingRow meeting,
               @Nullable String placeName) {
    static Written unbooked(RequestRow request, List<InviteeRow> invitees, Map<Long, Participant> people) {
        return new Written(request, invitees, people, null, null);
    }
}
