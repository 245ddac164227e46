package org.convene.openspace.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants.Participant;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.AttendeeSearch;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.MeetingView;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.OpenSpaceSetup;
import org.convene.openspace.RequestStatus;
import org.convene.openspace.RequestView;
import org.convene.openspace.ScheduleResult;
import org.convene.openspace.Slot;
import org.convene.platform.ConflictException;
import org.convene.platform.db.DeadlockRetry;

/** The facade: checks who may, then writes in one retried transaction or reads. */
@Singleton
class OpenSpaceService implements OpenSpace {
    /** Attempts when the chosen place was booked meanwhile: each new attempt sees that booking. */
    private static final int PLACE_ATTEMPTS = 8;
    private final OpenSpaceAccess access;
    private final Layout layout;
    private final LayoutWrites layoutWrites;
    private final RequestWrites writes;
    private final AttendeeActions actions;
    private final Directory directory;
    private final Views views;
    private final Requests requests;
    private final Meetings meetings;
    private final Places places;

    OpenSpaceService(OpenSpaceAccess access, Layout layout, LayoutWrites layoutWrites, RequestWrites writes, AttendeeActions actions,
                     Directory directory, Views views, Requests requests, Meetings meetings, Places places) {
        this.access = access;
        this.layout = layout;
        this.layoutWrites = layoutWrites;
        this.writes = writes;
        this.actions = actions;
        this.directory = directory;
        this.views = views;
        this.requests = requests;
        this.meetings = meetings;
        this.places = places;
    }

    @Override
    @Transactional(readOnly = true)
    public OpenSpaceSetup setup(long summitId) {
        return layout.of(summitId);
    }

    @Override
    public OpenSpaceSetup configure(Actor actor, long summitId, int slotMinutes, List<Long> sessionIds) {
        OpenSpaceAccess.requireChairOffice(actor, "configure the Open Space");
        DeadlockRetry.run(() -> layoutWrites.configure(summitId, slotMinutes, sessionIds == null ? List.of() : sessionIds));
        return layoutWrites.setup(summitId);
    }

    @Override
    public OpenSpaceSetup.Place addPlace(Actor actor, long summitId, String name, int capacity) {
        OpenSpaceAccess.requireChairOffice(actor, "configure the Open Space");
        return layoutWrites.addPlace(summitId, name, capacity);
    }

    @Override
    public void removePlace(Actor actor, long placeId) {
        OpenSpaceAccess.requireChairOffice(actor, "configure the Open Space");
        layoutWrites.removePlace(placeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> me(Actor actor, long summitId) {
        return access.me(actor, summitId).map(Participant::registrationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttendeeCard> find(Actor actor, long summitId, AttendeeSearch search) {
        Participant me = access.requireMe(actor, summitId);
        return directory.search(summitId, me.registrationId(), search == null ? AttendeeSearch.all() : search,
                OpenSpaceLimits.SEARCH_RESULTS_MAX);
    }

    @Override
    public RequestView request(Actor actor, long summitId, MeetingRequestCommand command) {
        return DeadlockRetry.run(() -> actions.request(actor, summitId, command));
    }

    @Override
    public RequestView respond(Actor actor, long requestId, boolean accept) {
        return retried(() -> actions.respond(actor, requestId, accept));
    }

    @Override
    public RequestView cancel(Actor actor, long requestId) {
        return DeadlockRetry.run(() -> actions.cancel(actor, requestId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RequestView> myRequests(Actor actor, long summitId) {
        return access.me(actor, summitId).map(me -> views.requests(requests.involving(summitId, me.registrationId()))).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingView> myMeetings(Actor actor, long summitId) {
        return access.me(actor, summitId).map(me -> views.meetings(meetings.ofPerson(me.registrationId()))).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(Actor actor, long summitId) {
        OpenSpaceAccess.requireChairOffice(actor, "see every Open Space meeting");
        return views.meetings(meetings.bySummit(summitId));
    }

    @Override
    public ScheduleResult schedule(Actor actor, long summitId) {
        OpenSpaceAccess.requireChairOffice(actor, "schedule Open Space meetings");
        List<RequestView> waiting = scheduleInput(summitId);
        List<GreedySchedule.Request> input = waiting.stream().map(r -> {
            List<Long> people = new ArrayList<>(List.of(r.requesterId()));
            r.invitees().forEach(i -> people.add(i.registrationId()));
            return new GreedySchedule.Request(r.id(), people);
        }).toList();
        GreedySchedule planner = planner(summitId);
        int bound = planner.upperBound(input);
        int placed = 0;
        for (Map.Entry<Long, LocalDateTime> e : planner.plan(input).entrySet()) {
            try {
                retried(() -> {
                    writes.place(e.getKey(), e.getValue());
                    return null;
                });
                placed++;
            } catch (ConflictException taken) {
                // Booked by hand or cancelled since the plan was read: it stays waiting for the next run.
            }
        }
        return new ScheduleResult(input.size(), placed, bound);
    }

    /** The scheduler's reads and plan without writing: the number it would place (for the benchmark's split of the time). */
    @Transactional(readOnly = true)
    public int planOnly(long summitId) {
        List<GreedySchedule.Request> input = scheduleInput(summitId).stream().map(r -> {
            List<Long> people = new ArrayList<>(List.of(r.requesterId()));
            r.invitees().forEach(i -> people.add(i.registrationId()));
            return new GreedySchedule.Request(r.id(), people);
        }).toList();
        return planner(summitId).plan(input).size();
    }

    private List<RequestView> scheduleInput(long summitId) {
        return views.requests(requests.findBySummitIdAndStatusOrderById(summitId, RequestStatus.ACCEPTED));
    }

    private GreedySchedule planner(long summitId) {
        List<LocalDateTime> slots = layout.of(summitId).slots().stream().map(Slot::start).toList();
        List<GreedySchedule.Place> placeList = places.bySummit(summitId).stream()
                .map(p -> new GreedySchedule.Place(p.id(), p.capacity())).toList();
        Map<Long, Set<LocalDateTime>> busy = new HashMap<>();
        meetings.busy(summitId).forEach(b -> busy.computeIfAbsent(b.personId(), p -> new HashSet<>()).add(b.slotStart()));
        Map<LocalDateTime, Set<Long>> used = meetings.bySummit(summitId).stream()
                .collect(Collectors.groupingBy(MeetingRow::slotStart, Collectors.mapping(MeetingRow::placeId, Collectors.toSet())));
        return new GreedySchedule(slots, placeList, busy, used);
    }

    /** Runs a booking write again when it lost a place to another transaction, or a deadlock. */
    private static <T> T retried(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return DeadlockRetry.run(write);
            } catch (PlaceTaken e) {
                if (attempt >= PLACE_ATTEMPTS) {
                    throw new ConflictException("slot", Booking.NO_PLACE, "no meeting place is free at that slot");
                }
            }
        }
    }
}
