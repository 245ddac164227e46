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
import java.util.Map;
import java.util.Optional;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
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
 * turn and exactly one of them books. Each returns the request as it left it, for the caller's answer.
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
    private final Participants participants;
    private final Clock clock;
    private final int openMax;
    private final int perHour;

    /**
     * The anti-flood limits default to {@link OpenSpaceLimits}; {@code convene.openspace.open-requests-max} and
     * {@code convene.openspace.requests-per-hour} change them (the load benchmark raises them, as it books far faster than people).
     */
    RequestWrites(Requests requests, Invitees invitees, Meetings meetings, Booking booking, Layout layout, MeetingMails mails, Participants participants, Clock clock,
                  @Value("${convene.openspace.open-requests-max:" + OpenSpaceLimits.OPEN_REQUESTS_MAX + "}") int openMax,
                  @Value("${convene.openspace.requests-per-hour:" + OpenSpaceLimits.REQUESTS_PER_HOUR + "}") int perHour) {
        this.requests = requests;
        this.invitees = invitees;
        this.meetings = meetings;
        this.booking = booking;
        this.layout = layout;
        this.mails = mails;
        this.participants = participants;
        this.clock = clock;
        this.openMax = openMax;
        this.perHour = perHour;
    }

    /**
     * Invitees are checked by the caller (findable attendees of the summit); the slot and the limits here.
     *
     * @param people the requester's and the invitees' registrations, by id, as the caller read them
     */
    Written request(long summitId, long requester, List<Long> invited, Map<Long, Participant> people, LocalDateTime slot, String message) {
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
        invited.forEach(p -> invitees.add(row.id(), p));
        mails.send("request", row.id(), invited, people, slot, null);
        return Written.unbooked(row, invited.stream().sorted().map(p -> new InviteeRow(row.id(), p, Response.PENDING, null)).toList(), people);
    }

    /** @param request the request, locked by the caller in this transaction */
    Written respond(RequestRow request, long person, boolean accept) {
        long requestId = request.id();
        List<InviteeRow> invited = invitees.of(List.of(requestId));
        if (invited.stream().noneMatch(i -> i.personId() == person)) {
            throw new NotFoundException("request", requestId);
        }
        if (request.status() != RequestStatus.OPEN) {
            throw new ConflictException("status", "openspace.request.closed", "the request is no longer open");
        }
        Instant now = clock.instant();
        Response response = accept ? Response.ACCEPTED : Response.DECLINED;
        invitees.answer(requestId, person, response.name(), now);
        List<InviteeRow> answered = invited.stream()
                .map(i -> i.personId() == person ? new InviteeRow(requestId, person, response, now) : i).toList();
        if (!accept) {
            RequestRow declined = request.with(RequestStatus.DECLINED, now);
            requests.update(declined);
            Map<Long, Participant> people = people(request, invited);
            mails.send("cancelled", requestId, List.of(request.requesterId()), people, request.slotStart(), null);
            return Written.unbooked(declined, answered, people);
        }
        if (!answered.stream().allMatch(i -> i.response() == Response.ACCEPTED)) {
            return Written.unbooked(request, answered, people(request, invited));
        }
        if (request.slotStart() == null) {
            RequestRow waiting = request.with(RequestStatus.ACCEPTED, now);
            requests.update(waiting);
            return Written.unbooked(waiting, answered, people(request, invited));
        }
        return bookAt(request, answered, request.slotStart());
    }

    /** Places an accepted request for any slot at this slot (the scheduler's write). */
    void place(long requestId, LocalDateTime slot) {
        RequestRow request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        if (request.status() != RequestStatus.ACCEPTED || request.slotStart() != null) {
            throw new ConflictException("status", "openspace.request.closed", "the request no longer waits for a slot");
        }
        RequestRow placed = new RequestRow(request.id(), request.summitId(), request.requesterId(), slot, request.message(),
                request.status(), request.createdAt(), request.changedAt());
        bookAt(placed, invitees.of(List.of(requestId)), slot);
    }

    /** Books the request, then reads the people for the mails and the answer: a refused booking reads none. */
    private Written bookAt(RequestRow request, List<InviteeRow> invited, LocalDateTime start) {
        Slot slot = layout.slot(request.summitId(), start).orElseThrow(() ->
                new ConflictException("slot", "openspace.slot.outside", "the slot is no longer one of the Open Space's slots"));
        List<Long> everyone = everyone(request, invited);
        Booking.Booked booked = booking.book(request, everyone, slot.start(), slot.end());
        RequestRow row = new RequestRow(request.id(), request.summitId(), request.requesterId(), start, request.message(),
                RequestStatus.BOOKED, request.createdAt(), clock.instant());
        requests.update(row);
        Map<Long, Participant> people = people(request, invited);
        mails.send("booked", request.id(), everyone, people, start, booked.place().name());
        return new Written(row, invited, people, booked.meeting(), booked.place().name());
    }

    /** @param request the request, locked by the caller in this transaction */
    Written cancel(RequestRow request, long person) {
        long requestId = request.id();
        List<InviteeRow> invited = invitees.of(List.of(requestId));
        List<Long> everyone = everyone(request, invited);
        if (!everyone.contains(person)) {
            throw new NotFoundException("request", requestId);
        }
        if (!request.status().waiting() && request.status() != RequestStatus.BOOKED) {
            throw new ConflictException("status", "openspace.request.closed", "the request is no longer open");
        }
        // Only a booked request has a meeting: it is booked in the same transaction that marks it so.
        Optional<MeetingRow> meeting = request.status() == RequestStatus.BOOKED ? meetings.findByRequestId(requestId) : Optional.empty();
        // The busy rows go with the meeting (ON DELETE CASCADE): the place and the people are free again at once.
        meeting.ifPresent(meetings::delete);
        RequestRow cancelled = request.with(RequestStatus.CANCELLED, clock.instant());
        requests.update(cancelled);
        Map<Long, Participant> people = people(request, invited);
        mails.send("cancelled", requestId, MeetingMails.others(everyone, person), people, request.slotStart(),
                meeting.map(m -> layout.placeName(m.placeId())).orElse(null));
        return Written.unbooked(cancelled, invited, people);
    }

    /** The requester's and the invitees' registrations that still exist, by id. */
    private Map<Long, Participant> people(RequestRow request, List<InviteeRow> invited) {
        return participants.byIds(everyone(request, invited));
    }

    private static List<Long> everyone(RequestRow request, List<InviteeRow> invited) {
        List<Long> everyone = new ArrayList<>();
        everyone.add(request.requesterId());
        invited.forEach(i -> everyone.add(i.personId()));
        return everyone;
    }
}
