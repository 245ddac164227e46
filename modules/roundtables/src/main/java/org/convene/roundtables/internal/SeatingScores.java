package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.GroupKind;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.SeatingQuality;
import org.convene.roundtables.SeatingQuality.TableQuality;

/** The quality figures of a summit's seating and the bounds they are measured against. */
final class SeatingScores {
    private SeatingScores() {
    }

    static SeatingQuality quality(SeatingState state) {
        List<RoundtableView> tables = state.tables();
        Map<Long, Integer> index = new HashMap<>();
        tables.forEach(t -> index.put(t.id(), index.size()));
        // Regions in a fixed order, so the figures do not depend on the order the seats were read in.
        Map<String, Integer> regionIndex = new HashMap<>();
        state.seats().stream().map(s -> state.region(s.registrationId())).sorted().distinct()
                .forEach(r -> regionIndex.put(r, regionIndex.size()));
        int groups = GroupKind.values().length;
        int[][] regionCounts = new int[tables.size()][regionIndex.size()];
        int[][] groupCounts = new int[tables.size()][groups];
        int[] size = new int[tables.size()];
        int[] firsts = new int[tables.size()];
        int[] byRank = new int[4];
        for (SeatRow seat : state.seats()) {
            int t = index.get(seat.roundtableId());
            regionCounts[t][regionIndex.get(state.region(seat.registrationId()))]++;
            groupCounts[t][state.kind(seat.registrationId()).ordinal()]++;
            size[t]++;
            List<Long> choices = state.choices().getOrDefault(seat.registrationId(), List.of());
            int rank = choices.indexOf(seat.roundtableId()) + 1;
            byRank[rank]++;
            if (rank == 1) {
                firsts[t]++;
            }
        }
        double[] regionShare = Balance.shares(columnSums(regionCounts, regionIndex.size()));
        double[] groupShare = Balance.shares(columnSums(groupCounts, groups));
        List<TableQuality> figures = new ArrayList<>();
        double weighted = 0;
        int seated = 0;
        for (int t = 0; t < tables.size(); t++) {
            RoundtableView table = tables.get(t);
            double region = Balance.distance(regionCounts[t], size[t], regionShare);
            double group = Balance.distance(groupCounts[t], size[t], groupShare);
            double balance = Balance.score(region, group);
            figures.add(new TableQuality(table.id(), table.number(), table.title(), table.capacity(), size[t], firsts[t],
                    1 - region, 1 - group, balance));
            weighted += balance * size[t];
            seated += size[t];
        }
        int[][] choices = choiceIndices(state, index);
        int[] capacity = tables.stream().mapToInt(RoundtableView::capacity).toArray();
        return new SeatingQuality(state.summitId(), choices.length, byRank[1], byRank[2], byRank[3],
                firstChoiceBound(choices, capacity), placed(PreferenceFlow.solve(choices, capacity)), seated,
                seated == 0 ? 1 : weighted / seated, figures);
    }

    /** Per roundtable the smaller of its first-choice demand and its capacity, summed. */
    static int firstChoiceBound(int[][] choices, int[] capacity) {
        int[] demand = new int[capacity.length];
        for (int[] c : choices) {
            demand[c[0]]++;
        }
        int bound = 0;
        for (int t = 0; t < capacity.length; t++) {
            bound += Math.min(demand[t], capacity[t]);
        }
        return bound;
    }

    static int placed(int[] tables) {
        int placed = 0;
        for (int t : tables) {
            if (t >= 0) {
                placed++;
            }
        }
        return placed;
    }

    /** The accredited delegates' choices as table indices, in order of arrival; those without choices left out. */
    static int[][] choiceIndices(SeatingState state, Map<Long, Integer> index) {
        List<int[]> all = new ArrayList<>();
        for (long registration : state.accredited()) {
            List<Long> choices = state.choices().getOrDefault(registration, List.of());
            if (!choices.isEmpty()) {
                all.add(choices.stream().mapToInt(index::get).toArray());
            }
        }
        return all.toArray(int[][]::new);
    }

    private static int[] columnSums(int[][] counts, int columns) {
        int[] sums = new int[columns];
        for (int[] row : counts) {
            for (int c = 0; c < columns; c++) {
                sums[c] += row[c];
            }
        }
        return sums;
    }
}
