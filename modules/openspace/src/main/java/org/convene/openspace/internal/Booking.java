package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.platform.ConflictException;
import org.convene.platform.db.SqlErrors;

/**
 * Books a place for a slot for a group, inside the caller's transaction. Java looks first to give a
 * clear message; the database decides: the meeting's unique (place, slot), the busy rows' primary
 * key (summit, slot, person) and the capacity check refuse any double or over-full booking, even
 * between app instances, and the caller's transaction then rolls back whole.
 */
@Singleton
class Booking {
    static final String BUSY = "openspace.person.busy";
    static final String NO_PLACE = "openspace.no.place";
    private final Places places;
    private final Meetings meetings;
    private final Clock clock;

    Booking(Places places, Meetings meetings, Clock clock) {
        this.places = places;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** A booked meeting and its place. */
    record Booked(MeetingRow meeting, PlaceRow place) {
    }

    /** @param people everyone in the meeting, the requester included */
    Booked book(RequestRow request, List<Long> people, LocalDateTime start, LocalDateTime end) {
        if (meetings.busyAmong(request.summitId(), start, people) > 0) {
            throw busy();
        }
        PlaceRow place = places.smallestFree(request.summitId(), people.size(), start).orElseThrow(() ->
                new ConflictException("slot", NO_PLACE, "no meeting place for " + people.size() + " people is free at that slot"));
        MeetingRow meeting;
        try {
            meeting = meetings.save(new MeetingRow(null, request.summitId(), request.id(), place.id(), place.capacity(), people.size(),
                    start, end, clock.instant()));
        } catch (RuntimeException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw new PlaceTaken(e);
            }
            throw e;
        }
        // In id order, so two bookings that share people take their locks in the same order.
        for (long person : people.stream().sorted().toList()) {
            try {
                meetings.occupy(request.summitId(), start, person, meeting.id());
            } catch (RuntimeException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw busy();
                }
                throw e;
            }
        }
        return new Booked(meeting, place);
    }

    private static ConflictException busy() {
        return new ConflictException("slot", BUSY, "someone in this meeting is already in another meeting at that slot");
    }
}
