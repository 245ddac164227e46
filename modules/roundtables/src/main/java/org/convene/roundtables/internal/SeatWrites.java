package org.convene.roundtables.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.SqlErrors;
import org.convene.roundtables.SeatingQuality;

/**
 * Writes of seats and preferences, each in one transaction. Seats are counted only under the
 * roundtable's row lock (READ COMMITTED, so a waiter counts what the holder committed); locks are
 * taken in id order, the assignment taking all of its summit's.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class SeatWrites {
    private final SeatRows seats;
    private final PreferenceRows preferences;
    private final SeatLocks locks;
    private final SeatingReads reads;
    private final Participants participants;
    private final Clock clock;
    private final SeatBatch batch;
    private final RoundtableRows roundtables;

    SeatWrites(SeatRows seats, PreferenceRows preferences, SeatLocks locks, SeatingReads reads, Participants participants, Clock clock,
               SeatBatch batch, RoundtableRows roundtables) {
        this.batch = batch;
        this.roundtables = roundtables;
        this.seats = seats;
        this.preferences = preferences;
        this.locks = locks;
        this.reads = reads;
        this.participants = participants;
        this.clock = clock;
    }

    void setPreferences(Participant person, List<Long> roundtableIds) {
        Set<Long> ofSummit = new HashSet<>();
        roundtables.findBySummitId(person.summitId()).forEach(r -> ofSummit.add(r.id()));
        SeatingRules.checkChoices(person.status(), roundtableIds, ofSummit);
        preferences.deleteByRegistrationId(person.registrationId());
        List<PreferenceRow> rows = new ArrayList<>();
        for (int i = 0; i < roundtableIds.size(); i++) {
            rows.add(new PreferenceRow(null, person.registrationId(), i + 1, roundtableIds.get(i)));
        }
        if (!rows.isEmpty()) {
            preferences.saveAll(rows);
        }
    }

    SeatingQuality assign(Actor actor, long summitId) {
        locks.lockSummit(summitId);
        SeatingState before = reads.state(summitId);
        Set<Long> accredited = new HashSet<>(before.accredited());
        // People no longer accredited (withdrawn, rejected, erased) lose their seat, even one placed by hand.
        List<Long> tableIds = before.tables().stream().map(org.convene.roundtables.RoundtableView::id).toList();
        List<Long> gone = tableIds.isEmpty() ? List.of() : seats.findByRoundtableIdIn(tableIds).stream()
                .map(SeatRow::registrationId).filter(r -> !accredited.contains(r)).toList();
        if (!gone.isEmpty()) {
            seats.deleteByRegistrationIdIn(gone);
        }
        seats.deleteAutomatic(summitId);
        List<SeatRow> kept = before.seats().stream().filter(s -> s.manual() && accredited.contains(s.registrationId())).toList();
        SeatingState state = before.withSeats(kept);
        Instant now = clock.instant();
        List<SeatRow> rows = new ArrayList<>();
        for (Map.Entry<Long, Long> seat : SeatAssignment.solve(state).entrySet()) {
            rows.add(new SeatRow(null, seat.getValue(), seat.getKey(), false, actor.userId(), now));
        }
        if (!rows.isEmpty()) {
            batch.insert(rows);
        }
        List<SeatRow> all = new ArrayList<>(kept);
        all.addAll(rows);
        return SeatingScores.quality(state.withSeats(all));
    }

    SeatRow seat(Actor actor, long registrationId, long roundtableId) {
        Participant person = participants.byIds(List.of(registrationId)).get(registrationId);
        if (person == null) {
            throw new NotFoundException("registration", registrationId);
        }
        if (!person.status().isAccredited()) {
            throw InvalidInputException.of("registrationId", "seat.not-accredited", "only accredited delegates are seated");
        }
        Optional<SeatRow> existing = seats.findByRegistrationId(registrationId);
        long other = existing.map(SeatRow::roundtableId).orElse(roundtableId);
        RoundtableRow target = null;
        for (long id : new java.util.TreeSet<>(List.of(roundtableId, other))) {
            RoundtableRow locked = locks.lock(id).orElseThrow(() -> new NotFoundException("roundtable", id));
            if (id == roundtableId) {
                target = locked;
            }
        }
        if (target.summitId() != person.summitId()) {
            throw InvalidInputException.of("roundtableId", "seat.other-summit", "the roundtable is not one of the delegate's summit");
        }
        // Read again under the locks: the seat may have moved while we waited.
        existing = seats.findByRegistrationId(registrationId);
        if (existing.isPresent() && existing.get().roundtableId() == roundtableId) {
            return seats.update(new SeatRow(existing.get().id(), roundtableId, registrationId, true, actor.userId(), clock.instant()));
        }
        if (seats.countByRoundtableId(roundtableId) >= target.capacity()) {
            throw new ConflictException("roundtableId", "seat.full", "the roundtable is full");
        }
        if (existing.isPresent() && existing.get().roundtableId() != other) {
            throw new ConflictException("registrationId", "seat.changed", "the delegate's seat changed meanwhile; try again");
        }
        SeatRow seat = new SeatRow(existing.map(SeatRow::id).orElse(null), roundtableId, registrationId, true, actor.userId(), clock.instant());
        try {
            return existing.isPresent() ? seats.update(seat) : seats.save(seat);
        } catch (DataAccessException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw new ConflictException("registrationId", "seat.changed", "the delegate's seat changed meanwhile; try again");
            }
            throw e;
        }
    }

    void unseat(long registrationId) {
        Optional<SeatRow> seat = seats.findByRegistrationId(registrationId);
        if (seat.isPresent()) {
            locks.lock(seat.get().roundtableId());
            seats.deleteByRegistrationId(registrationId);
        }
    }
}
