package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.GroupKind;
import org.convene.roundtables.RoundtableView;

/**
 * Builds the solver's problem from a summit's seating (seats placed by hand stay and take their
 * places), runs the preference flow and then the balance search, and answers the roundtable of
 * each delegate it seats.
 */
final class SeatAssignment {
    private SeatAssignment() {
    }

    /** Registration id → roundtable id for the delegates the solver seats; manual seats are not in it. */
    static Map<Long, Long> solve(SeatingState state) {
        List<RoundtableView> tables = state.tables();
        Map<Long, Integer> index = new HashMap<>();
        tables.forEach(t -> index.put(t.id(), index.size()));
        Map<Long, Long> manual = new HashMap<>();
        state.seats().stream().filter(SeatRow::manual).forEach(s -> manual.put(s.registrationId(), s.roundtableId()));
        List<Long> delegates = new ArrayList<>();
        for (long registration : state.accredited()) {
            if (!manual.containsKey(registration) && !state.choices().getOrDefault(registration, List.of()).isEmpty()) {
                delegates.add(registration);
            }
        }
        Map<String, Integer> regionIndex = new LinkedHashMap<>();
        manual.keySet().forEach(r -> regionIndex.putIfAbsent(state.region(r), regionIndex.size()));
        delegates.forEach(r -> regionIndex.putIfAbsent(state.region(r), regionIndex.size()));
        int groups = GroupKind.values().length;
        int[][] fixedRegion = new int[tables.size()][regionIndex.size()];
        int[][] fixedGroup = new int[tables.size()][groups];
        int[] free = tables.stream().mapToInt(RoundtableView::capacity).toArray();
        manual.forEach((registration, roundtable) -> {
            int t = index.get(roundtable);
            fixedRegion[t][regionIndex.get(state.region(registration))]++;
            fixedGroup[t][state.kind(registration).ordinal()]++;
            free[t] = Math.max(0, free[t] - 1);
        });
        int n = delegates.size();
        int[][] choices = new int[n][];
        int[] region = new int[n];
        int[] group = new int[n];
        for (int d = 0; d < n; d++) {
            long registration = delegates.get(d);
            choices[d] = state.choices().get(registration).stream().mapToInt(index::get).toArray();
            region[d] = regionIndex.get(state.region(registration));
            group[d] = state.kind(registration).ordinal();
        }
        SeatProblem problem = new SeatProblem(choices, region, group, free, fixedRegion, fixedGroup);
        int[] placed = BalanceSearch.improve(problem, PreferenceFlow.solve(choices, free));
        Map<Long, Long> seats = new LinkedHashMap<>();
        for (int d = 0; d < n; d++) {
            if (placed[d] >= 0) {
                seats.put(delegates.get(d), tables.get(placed[d]).id());
            }
        }
        return seats;
    }
}
