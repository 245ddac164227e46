package org.convene.openspace.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.RequestStatus;
import org.convene.openspace.Response;
import org.convene.openspace.Slot;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/**
 * The writes of requests, each one transaction (the facade retries it on deadlock or a place taken
 * meanwhile). The request's row is locked first, so two invitees accepting at once are taken in
 * turn and exactly one of them books.
 */
@Singleton
@Transactional
class RequestWrites {
    private static final List<RequestStatus> WAITING = List.of(RequestStatus.OPEN, RequestStatus.ACCEPTED);
    private final Requests requests;
    private final Invitees invitees;
    private final Meetings meetings;
    private final Booking booking;
    private final Layout layout;
    private final MeetingMails mails;
    private final Clock clock;
    private final int openMax;
    private final int perHour;

    /**
     * The anti-flood limits default to {@link OpenSpaceLimits}; {@code convene.openspace.open-requests-max} and
     * {@code convene.openspace.requests-per-hour} change them (the load benchmark raises them, as it books far faster than people).
     */
    RequestWrites(Requests requests, Invitees invitees, Meetings meetings, Booking booking, Layout layout, MeetingMails mails, Clock clock,
                  @Value("${convene.openspace.open-requests-max:" + OpenSpaceLimits.OPEN_REQUESTS_MAX + "}") int openMax,
                  @Value("${convene.openspace.requests-per-hour:" + OpenSpaceLimits.REQUESTS_PER_HOUR + "}") int perHour) {
        this.requests = requests;
        this.invitees = invitees;
        this.meetings = meetings;
        this.booking = booking;
        this.layout = layout;
        this.mails = mails;
        this.clock = clock;
        this.openMax = openMax;
        this.perHour = perHour;
    }

    /** Invitees are checked by the caller (findable attendees of the summit); the slot and the limits here. */
    long request(long summitId, long requester, List<Long> people, LocalDateTime slot, String message) {
        if (slot != null && layout.slot(summitId, slot).isEmpty()) {
            throw InvalidInputException.of("slot", "openspace.slot.outside", "the slot is not one of the Open Space's slots");
        }
        requests.lockRequester(requester);
        if (requests.countByRequesterIdAndStatusIn(requester, WAITING) >= openMax) {
            throw new ConflictException("requests", "openspace.requests.cap",
                    "at most " + openMax + " requests may wait for answers at once");
        }
        Instant now = clock.instant();
        if (requests.countByRequesterIdAndCreatedAtGreaterThan(requester, now.minus(Duration.ofHours(1))) >= perHour) {
            throw new ConflictException("requests", "openspace.requests.rate",
                    "at most " + perHour + " requests an hour; please try again later");
        }
        RequestRow row = requests.save(new RequestRow(null, summitId, requester, slot, message, RequestStatus.OPEN, now, now));
        people.forEach(p -> invitees.add(row.id(), p));
        List<Long> everyone = new ArrayList<>(List.of(requester));
        everyone.addAll(people);
        mails.send("request", row.id(), people, everyone, slot, null);
        return row.id();
    }

    void respond(long requestId, long person, boolean accept) {
        RequestRow request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        List<InviteeRow> invited = invitees.of(List.of(requestId));
        if (invited.stream().noneMatch(i -> i.personId() == person)) {
            throw new NotFoundException("request", requestId);
        }
        if (request.status() != RequestStatus.OPEN) {
            throw new ConflictException("status", "openspace.request.closed", "the request is no longer open");
        }
        Instant now = clock.instant();
        invitees.answer(requestId, person, (accept ? Response.ACCEPTED : Response.DECLINED).name(), now);
        List<Long> everyone = everyone(request, invited);
        if (!accept) {
            requests.update(request.with(RequestStatus.DECLINED, now));
            mails.send("cancelled", requestId, List.of(request.requesterId()), everyone, request.slotStart(), null);
            return;
        }
        boolean all = invited.stream().allMatch(i -> i.personId() == person || i.response() == Response.ACCEPTED);
        if (!all) {
            return;
        }
        if (request.slotStart() == null) {
            requests.update(request.with(RequestStatus.ACCEPTED, now));
            return;
        }
        bookAt(request, everyone, request.slotStart());
    }

    /** Places an accepted request for any slot at this slot (the scheduler's write). */
    void place(long requestId, LocalDateTime slot) {
        RequestRow request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        if (request.status() != RequestStatus.ACCEPTED || request.slotStart() != null) {
            throw new ConflictException("status", "openspace.request.closed", "the request no longer waits for a slot");
        }
        RequestRow placed = new RequestRow(request.id(), request.summitId(), request.requesterId(), slot, request.message(),
                request.status(), request.createdAt(), request.changedAt());
        bookAt(placed, everyone(request, invitees.of(List.of(requestId))), slot);
    }

    private void bookAt(RequestRow request, List<Long> everyone, LocalDateTime start) {
        Slot slot = layout.slot(request.summitId(), start).orElseThrow(() ->
                new ConflictException("slot", "openspace.slot.outside", "the slot is no longer one of the Open Space's slots"));
        MeetingRow meeting = booking.book(request, everyone, slot.start(), slot.end());
        requests.update(new RequestRow(request.id(), request.summitId(), request.requesterId(), start, request.message(),
                RequestStatus.BOOKED, request.createdAt(), clock.instant()));
        String place = layout.placeName(meeting.placeId());
        mails.send("booked", request.id(), everyone, everyone, start, place);
    }

    void cancel(long requestId, long person) {
        RequestRow request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        List<InviteeRow> invited = invitees.of(List.of(requestId));
        List<Long> everyone = everyone(request, invited);
        if (!everyone.contains(person)) {
            throw new NotFoundException("request", requestId);
        }
        if (!request.status().waiting() && request.status() != RequestStatus.BOOKED) {
            throw new ConflictException("status", "openspace.request.closed", "the request is no longer open");
        }
        Optional<MeetingRow> meeting = meetings.findByRequestId(requestId);
        // The busy rows go with the meeting (ON DELETE CASCADE): the place and the people are free again at once.
        meeting.ifPresent(meetings::delete);
        requests.update(request.with(RequestStatus.CANCELLED, clock.instant()));
        mails.send("cancelled", requestId, MeetingMails.others(everyone, person), everyone, request.slotStart(),
                meeting.map(m -> layout.placeName(m.placeId())).orElse(null));
    }

    private static List<Long> everyone(RequestRow request, List<InviteeRow> invited) {
        List<Long> everyone = new ArrayList<>();
        everyone.add(request.requesterId());
        invited.forEach(i -> everyone.add(i.personId()));
        return everyone;
    }
}
