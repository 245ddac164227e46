package org.convene.openspace;

import java.util.List;
import java.util.Optional;
import org.convene.delegations.Actor;

/**
 * The Open Space of a summit. The chair office lays it out; attendees (registrations of the summit
 * that hold a place, signed in with the registration's e-mail) find those who chose to be findable,
 * request meetings, answer requests and cancel. When every invitee has accepted a request for a
 * slot, a place is booked for it in the same transaction — the smallest free place that fits —
 * and the database refuses any double booking (docs/decisions/0012). Attendees see only their own
 * requests and meetings; the chair office sees all.
 */
public interface OpenSpace {
    /** The layout, for anyone signed in. */
    OpenSpaceSetup setup(long summitId);

    /**
     * Sets the slot length and the periods (programme sessions of kind Open Space, by id).
     *
     * @throws org.convene.platform.AccessDeniedException unless the chair office
     * @throws org.convene.platform.InvalidInputException ({@code slotMinutes}, {@code sessionIds}) for a length out of
     *         range or a session of another summit or kind
     * @throws org.convene.platform.ConflictException when booked meetings would fall off the new slots
     */
    OpenSpaceSetup configure(Actor actor, long summitId, int slotMinutes, List<Long> sessionIds);

    /** @throws org.convene.platform.ConflictException ({@code name}) when the summit has a place of that name */
    OpenSpaceSetup.Place addPlace(Actor actor, long summitId, String name, int capacity);

    /** @throws org.convene.platform.ConflictException when the place holds meetings */
    void removePlace(Actor actor, long placeId);

    /** The actor's registration in the summit, if they may take part. */
    Optional<Long> me(Actor actor, long summitId);

    /** Findable attendees of the summit but the actor, by name; at most {@link OpenSpaceLimits#SEARCH_RESULTS_MAX}. */
    List<AttendeeCard> find(Actor actor, long summitId, AttendeeSearch search);

    /**
     * @throws org.convene.platform.InvalidInputException ({@code invitees}, {@code slot}, {@code message})
     * @throws org.convene.platform.ConflictException ({@code requests}) past the cap or the rate limit
     */
    RequestView request(Actor actor, long summitId, MeetingRequestCommand command);

    /**
     * An invitee's answer. The last acceptance of a request for a slot books a place at once.
     *
     * @throws org.convene.platform.ConflictException ({@code slot}) when someone is already in a meeting at that slot
     *         or no place is free; nothing is saved then
     */
    RequestView respond(Actor actor, long requestId, boolean accept);

    /** The requester or an invitee calls the meeting off; a booked place is freed. */
    RequestView cancel(Actor actor, long requestId);

    /** The actor's requests, sent and received, newest first. */
    List<RequestView> myRequests(Actor actor, long summitId);

    /** The actor's booked meetings, by start. */
    List<MeetingView> myMeetings(Actor actor, long summitId);

    /** Every booked meeting of the summit, by start; chair office only. */
    List<MeetingView> meetings(Actor actor, long summitId);

    /** Places the accepted requests for any slot; chair office only. */
    ScheduleResult schedule(Actor actor, long summitId);
}
