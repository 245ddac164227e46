package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
import org.convene.roundtables.RoundtableView;

/** Reads a summit's seating in the caller's transaction. */
@Singleton
class SeatingReads {
    private final RoundtableRows roundtables;
    private final RoundtableData data;
    private final PreferenceRows preferences;
    private final SeatRows seats;
    private final Participants participants;

    SeatingReads(RoundtableRows roundtables, RoundtableData data, PreferenceRows preferences, SeatRows seats, Participants participants) {
        this.roundtables = roundtables;
        this.data = data;
        this.preferences = preferences;
        this.seats = seats;
        this.participants = participants;
    }

    SeatingState state(long summitId) {
        data.summit(summitId);
        List<RoundtableView> tables = data.views(summitId, roundtables.findBySummitId(summitId));
        List<Long> tableIds = tables.stream().map(RoundtableView::id).toList();
        Map<Long, Participant> people = new LinkedHashMap<>();
        List<Long> accredited = new ArrayList<>();
        for (Participant p : participants.holdingPlace(summitId)) {
            if (p.status().isAccredited()) {
                people.put(p.registrationId(), p);
                accredited.add(p.registrationId());
            }
        }
        List<SeatRow> seated = tableIds.isEmpty() ? List.of() : seats.findByRoundtableIdIn(tableIds);
        Set<Long> missing = new HashSet<>();
        seated.forEach(s -> {
            if (!people.containsKey(s.registrationId())) {
                missing.add(s.registrationId());
            }
        });
        people.putAll(participants.byIds(missing));
        Map<Long, String> regions = participants.continents(people.keySet());
        Map<Long, GroupKind> kinds = participants.groupsOf(summitId).stream()
                .collect(Collectors.toMap(Participants.GroupRef::id, Participants.GroupRef::kind));
        return new SeatingState(summitId, tables, people, accredited, regions, kinds, choices(tableIds, new HashSet<>(accredited)),
                seated.stream().filter(s -> people.containsKey(s.registrationId())).toList());
    }

    /** The choices of these registrations at these roundtables, first to third. */
    private Map<Long, List<Long>> choices(Collection<Long> tableIds, Set<Long> registrations) {
        if (tableIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, TreeMap<Integer, Long>> ranked = new LinkedHashMap<>();
        for (PreferenceRow row : preferences.findByRoundtableIdIn(tableIds)) {
            if (registrations.contains(row.registrationId())) {
                ranked.computeIfAbsent(row.registrationId(), r -> new TreeMap<>()).put(row.choice(), row.roundtableId());
            }
        }
        Map<Long, List<Long>> choices = new LinkedHashMap<>();
        ranked.forEach((registration, byChoice) -> choices.put(registration, List.copyOf(byChoice.values())));
        return choices;
    }
}
