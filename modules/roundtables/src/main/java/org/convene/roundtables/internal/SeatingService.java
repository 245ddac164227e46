package org.convene.roundtables.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.convene.roundtables.SeatView;
import org.convene.roundtables.Seating;
import org.convene.roundtables.SeatingPlan;
import org.convene.roundtables.SeatingPreferences;
import org.convene.roundtables.SeatingQuality;

/** The facade: checks who may, then writes in {@link SeatWrites} (retried on deadlock) or reads. */
@Singleton
class SeatingService implements Seating {
    private final SeatWrites writes;
    private final SeatingReads reads;
    private final SeatingAccess access;
    private final PreferenceRows preferences;
    private final SeatRows seats;
    private final RoundtableRows roundtables;
    private final Participants participants;

    SeatingService(SeatWrites writes, SeatingReads reads, SeatingAccess access, PreferenceRows preferences, SeatRows seats,
                   RoundtableRows roundtables, Participants participants) {
        this.writes = writes;
        this.reads = reads;
        this.access = access;
        this.preferences = preferences;
        this.seats = seats;
        this.roundtables = roundtables;
        this.participants = participants;
    }

    @Override
    @Transactional(readOnly = true)
    public SeatingPreferences preferences(Actor actor, long registrationId) {
        Participant person = visible(actor, registrationId);
        return current(person);
    }

    @Override
    public SeatingPreferences setPreferences(Actor actor, long registrationId, List<Long> roundtableIds) {
        Participant person = visible(actor, registrationId);
        List<Long> choices = roundtableIds == null ? List.of() : roundtableIds;
        DeadlockRetry.run(() -> writes.setPreferences(person, choices));
        return current(person);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> ownRegistrations(Actor actor, long summitId) {
        return access.email(actor).flatMap(email -> participants.byEmail(summitId, email))
                .filter(p -> p.status().holdsPlace()).map(p -> List.of(p.registrationId())).orElse(List.of());
    }

    @Override
    public SeatingQuality assign(Actor actor, long summitId) {
        SeatingAccess.requireChairOffice(actor, "assign seats");
        return DeadlockRetry.run(() -> writes.assign(actor, summitId));
    }

    @Override
    public SeatView seat(Actor actor, long registrationId, long roundtableId) {
        SeatingAccess.requireChairOffice(actor, "seat delegates");
        SeatRow seat = DeadlockRetry.run(() -> writes.seat(actor, registrationId, roundtableId));
        long summitId = roundtables.findById(roundtableId).orElseThrow(() -> new NotFoundException("roundtable", roundtableId)).summitId();
        return views(reads.state(summitId), List.of(seat)).getFirst();
    }

    @Override
    public void unseat(Actor actor, long registrationId) {
        SeatingAccess.requireChairOffice(actor, "unseat delegates");
        DeadlockRetry.run(() -> writes.unseat(registrationId));
    }

    @Override
    @Transactional(readOnly = true)
    public SeatingPlan plan(Actor actor, long summitId) {
        SeatingAccess.requireChairOffice(actor, "see the seating");
        SeatingState state = reads.state(summitId);
        Map<Long, List<SeatRow>> byTable = state.seats().stream().collect(Collectors.groupingBy(SeatRow::roundtableId));
        List<SeatingPlan.Table> tables = state.tables().stream().map(t -> new SeatingPlan.Table(t.id(), t.number(), t.title(), t.capacity(),
                views(state, byTable.getOrDefault(t.id(), List.of())).stream()
                        .sorted(Comparator.comparing(SeatView::name, String.CASE_INSENSITIVE_ORDER)).toList())).toList();
        Set<Long> seated = new HashSet<>();
        state.seats().forEach(s -> seated.add(s.registrationId()));
        List<SeatingPlan.Unseated> unseated = new ArrayList<>();
        for (long registration : state.accredited()) {
            List<Long> choices = state.choices().getOrDefault(registration, List.of());
            if (!choices.isEmpty() && !seated.contains(registration)) {
                Participant p = state.people().get(registration);
                unseated.add(new SeatingPlan.Unseated(registration, p.name(), p.latinName(), choices));
            }
        }
        return new SeatingPlan(summitId, tables, unseated, SeatingScores.quality(state));
    }

    @Override
    @Transactional(readOnly = true)
    public SeatingQuality quality(Actor actor, long summitId) {
        SeatingAccess.requireChairOffice(actor, "see the seating");
        return SeatingScores.quality(reads.state(summitId));
    }

    private static List<SeatView> views(SeatingState state, List<SeatRow> rows) {
        return rows.stream().map(s -> {
            Participant p = state.people().get(s.registrationId());
            int rank = state.choices().getOrDefault(s.registrationId(), List.of()).indexOf(s.roundtableId()) + 1;
            return new SeatView(s.registrationId(), s.roundtableId(), p.name(), p.latinName(), p.groupId(), state.kind(s.registrationId()),
                    state.region(s.registrationId()), rank == 0 ? null : rank, s.manual());
        }).toList();
    }

    /** The registration, unless the actor may not see it: then it is "not found", hiding whether it exists. */
    private Participant visible(Actor actor, long registrationId) {
        Participant person = participants.byIds(List.of(registrationId)).get(registrationId);
        if (person == null || !access.mayStatePreferences(actor, person)) {
            throw new NotFoundException("registration", registrationId);
        }
        return person;
    }

    private SeatingPreferences current(Participant person) {
        List<Long> choices = preferences.findByRegistrationIdOrderByChoice(person.registrationId()).stream()
                .map(PreferenceRow::roundtableId).toList();
        Optional<SeatRow> seat = seats.findByRegistrationId(person.registrationId());
        return new SeatingPreferences(person.registrationId(), person.summitId(), choices, seat.map(SeatRow::roundtableId).orElse(null));
    }
}
