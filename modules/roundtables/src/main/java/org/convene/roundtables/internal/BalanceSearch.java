package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Improves the balance of a seating by local search without giving up what the preference flow
 * reached: every step keeps the number of seated delegates and the number of first choices, and
 * keeps everyone at one of their choices. Steps: a delegate moves to another of their choices that
 * has a free seat, or two delegates at different roundtables swap when each has the other's
 * roundtable among their choices. A step is taken when it lowers the summed imbalance
 * (Σ over roundtables and categories of |count − size × share of the whole|) by more than a
 * penalty for each extra third choice, so second choices are not traded away for a trifle.
 * First improvement, passes until none improves (bounded), deterministic.
 */
final class BalanceSearch {
    /** In units of the imbalance: one delegate in the wrong category counts 2 (once too many, once too few). */
    static final double THIRD_CHOICE_PENALTY = 1.0;
    static final int MAX_PASSES = 50;
    private static final double EPS = 1e-9;

    private final SeatProblem p;
    private final int[] table;
    private final int[] size;
    private final int[] placed;
    private final int[][] regionCounts;
    private final int[][] groupCounts;
    private final double[] regionShare;
    private final double[] groupShare;
    /** delegates who have both tables among their choices, by a * tables + b */
    private final List<List<Integer>> pairs;

    private BalanceSearch(SeatProblem problem, int[] assigned) {
        p = problem;
        table = assigned.clone();
        int tables = p.tables();
        size = new int[tables];
        placed = new int[tables];
        regionCounts = new int[tables][];
        groupCounts = new int[tables][];
        int[] regionTotals = new int[p.regions()];
        int[] groupTotals = new int[p.groups()];
        for (int t = 0; t < tables; t++) {
            regionCounts[t] = p.fixedRegion()[t].clone();
            groupCounts[t] = p.fixedGroup()[t].clone();
            for (int c : regionCounts[t]) {
                size[t] += c;
            }
        }
        for (int d = 0; d < table.length; d++) {
            if (table[d] >= 0) {
                regionCounts[table[d]][p.region()[d]]++;
                groupCounts[table[d]][p.group()[d]]++;
                size[table[d]]++;
                placed[table[d]]++;
            }
        }
        for (int t = 0; t < tables; t++) {
            for (int c = 0; c < regionTotals.length; c++) {
                regionTotals[c] += regionCounts[t][c];
            }
            for (int c = 0; c < groupTotals.length; c++) {
                groupTotals[c] += groupCounts[t][c];
            }
        }
        regionShare = Balance.shares(regionTotals);
        groupShare = Balance.shares(groupTotals);
        pairs = new ArrayList<>(tables * tables);
        for (int i = 0; i < tables * tables; i++) {
            pairs.add(new ArrayList<>());
        }
        for (int d = 0; d < table.length; d++) {
            int[] c = p.choices()[d];
            for (int a : c) {
                for (int b : c) {
                    if (a != b) {
                        pairs.get(a * tables + b).add(d);
                    }
                }
            }
        }
    }

    /** A seating at least as balanced as {@code assigned}, with the same seated and first-choice counts. */
    static int[] improve(SeatProblem problem, int[] assigned) {
        BalanceSearch search = new BalanceSearch(problem, assigned);
        for (int pass = 0; pass < MAX_PASSES && search.pass(); pass++) {
            // each pass that improved anything is followed by another
        }
        return search.table;
    }

    private boolean pass() {
        boolean improved = false;
        for (int d = 0; d < table.length; d++) {
            int a = table[d];
            if (a < 0) {
                continue;
            }
            for (int b : p.choices()[d]) {
                if (b != a && (tryMove(d, a, b) || trySwap(d, a, b))) {
                    improved = true;
                    break;
                }
            }
        }
        return improved;
    }

    private boolean tryMove(int d, int a, int b) {
        int ra = p.rank(d, a);
        int rb = p.rank(d, b);
        if (placed[b] >= p.free()[b] || ra == 1 || rb == 1) {
            return false;
        }
        double before = cost(a) + cost(b);
        shift(d, a, b);
        double gain = before - cost(a) - cost(b) - THIRD_CHOICE_PENALTY * (third(rb) - third(ra));
        if (gain > EPS) {
            table[d] = b;
            return true;
        }
        shift(d, b, a);
        return false;
    }

    private boolean trySwap(int d, int a, int b) {
        int ra = p.rank(d, a);
        int rb = p.rank(d, b);
        for (int e : pairs.get(b * p.tables() + a)) {
            if (table[e] != b) {
                continue;
            }
            int eb = p.rank(e, b);
            int ea = p.rank(e, a);
            if (first(ra) + first(eb) != first(rb) + first(ea)) {
                continue;
            }
            double before = cost(a) + cost(b);
            shift(d, a, b);
            shift(e, b, a);
            double gain = before - cost(a) - cost(b) - THIRD_CHOICE_PENALTY * (third(rb) + third(ea) - third(ra) - third(eb));
            if (gain > EPS) {
                table[d] = b;
                table[e] = a;
                return true;
            }
            shift(e, a, b);
            shift(d, b, a);
        }
        return false;
    }

    private void shift(int d, int from, int to) {
        regionCounts[from][p.region()[d]]--;
        groupCounts[from][p.group()[d]]--;
        size[from]--;
        placed[from]--;
        regionCounts[to][p.region()[d]]++;
        groupCounts[to][p.group()[d]]++;
        size[to]++;
        placed[to]++;
    }

    private double cost(int t) {
        double sum = 0;
        for (int c = 0; c < regionShare.length; c++) {
            sum += Math.abs(regionCounts[t][c] - size[t] * regionShare[c]);
        }
        for (int c = 0; c < groupShare.length; c++) {
            sum += Math.abs(groupCounts[t][c] - size[t] * groupShare[c]);
        }
        return sum;
    }

    private static int first(int rank) {
        return rank == 1 ? 1 : 0;
    }

    private static int third(int rank) {
        return rank == 3 ? 1 : 0;
    }
}
