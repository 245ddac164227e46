package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The balance search improves the mix and never gives up seats, first choices or capacity. */
class BalanceSearchTest {
    private final Random random = new Random(42);

    @Test
    void twoSecondChoiceHoldersSwapSoThatBothTablesMixRegions() {
        // Table 0 holds region 0 twice and table 1 region 1 twice, each person at their second choice,
        // the other table being their third; crossing one pair mixes both tables.
        int[][] choices = {{2, 0, 1}, {2, 0, 1}, {2, 1, 0}, {2, 1, 0}};
        SeatProblem problem = new SeatProblem(choices, new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0}, new int[] {2, 2, 0},
                new int[][] {{0, 0}, {0, 0}, {0, 0}}, groups(3, 1));

        int[] improved = BalanceSearch.improve(problem, new int[] {0, 0, 1, 1});

        assertThat(new int[] {improved[0], improved[1]}).containsExactlyInAnyOrder(0, 1);
        assertThat(new int[] {improved[2], improved[3]}).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void aFirstChoiceIsNeverTradedForBalance() {
        int[][] choices = {{0, 1}, {0, 1}, {1, 0}, {1, 0}};
        SeatProblem problem = new SeatProblem(choices, new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 0}, new int[] {2, 2},
                new int[][] {{0, 0}, {0, 0}}, groups(2, 1));

        assertThat(BalanceSearch.improve(problem, new int[] {0, 0, 1, 1})).containsExactly(0, 0, 1, 1);
    }

    @RepeatedTest(20)
    void onRandomSummitsItKeepsCountsAndCapacityAndNeverWorsensTheImbalance() {
        int tables = 3 + random.nextInt(5);
        int people = 30 + random.nextInt(120);
        int regions = 5;
        int groupKinds = 4;
        int[][] choices = new int[people][];
        int[] region = new int[people];
        int[] group = new int[people];
        for (int d = 0; d < people; d++) {
            choices[d] = random.ints(0, tables).distinct().limit(1 + random.nextInt(3)).toArray();
            region[d] = random.nextInt(regions);
            group[d] = random.nextInt(groupKinds);
        }
        int[] free = new int[tables];
        for (int t = 0; t < tables; t++) {
            free[t] = 5 + random.nextInt(people / tables + 5);
        }
        SeatProblem problem = new SeatProblem(choices, region, group, free, new int[tables][regions], new int[tables][groupKinds]);
        int[] flow = PreferenceFlow.solve(choices, free);

        int[] improved = BalanceSearch.improve(problem, flow);

        assertThat(SeatingScores.placed(improved)).isEqualTo(SeatingScores.placed(flow));
        assertThat(firsts(problem, improved)).isEqualTo(firsts(problem, flow));
        int[] used = new int[tables];
        for (int d = 0; d < people; d++) {
            if (improved[d] >= 0) {
                used[improved[d]]++;
                assertThat(problem.rank(d, improved[d])).isPositive();
            }
        }
        for (int t = 0; t < tables; t++) {
            assertThat(used[t]).isLessThanOrEqualTo(free[t]);
        }
        assertThat(imbalance(problem, improved)).isLessThanOrEqualTo(imbalance(problem, flow) + 1e-9);
    }

    private static int[][] groups(int tables, int kinds) {
        return new int[tables][kinds];
    }

    private static int firsts(SeatProblem problem, int[] seating) {
        int firsts = 0;
        for (int d = 0; d < seating.length; d++) {
            if (seating[d] >= 0 && problem.rank(d, seating[d]) == 1) {
                firsts++;
            }
        }
        return firsts;
    }

    /** Summed seat-weighted distance of each table's region and group mix from the whole. */
    private static double imbalance(SeatProblem problem, int[] seating) {
        int tables = problem.tables();
        int[][] regions = new int[tables][problem.regions()];
        int[][] groups = new int[tables][problem.groups()];
        int[] size = new int[tables];
        int[] regionTotals = new int[problem.regions()];
        int[] groupTotals = new int[problem.groups()];
        for (int d = 0; d < seating.length; d++) {
            if (seating[d] >= 0) {
                regions[seating[d]][problem.region()[d]]++;
                groups[seating[d]][problem.group()[d]]++;
                size[seating[d]]++;
                regionTotals[problem.region()[d]]++;
                groupTotals[problem.group()[d]]++;
            }
        }
        double sum = 0;
        for (int t = 0; t < tables; t++) {
            sum += size[t] * (Balance.distance(regions[t], size[t], Balance.shares(regionTotals))
                    + Balance.distance(groups[t], size[t], Balance.shares(groupTotals)));
        }
        return sum;
    }
}
