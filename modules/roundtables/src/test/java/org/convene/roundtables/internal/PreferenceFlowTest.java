package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The preference flow against brute force on small random summits, and its bounds. */
class PreferenceFlowTest {
    private final Random random = new Random(20261123);

    @Test
    void everyoneGetsTheirFirstChoiceWhenThereIsRoom() {
        int[] seating = PreferenceFlow.solve(new int[][] {{0, 1}, {1, 0}, {0}}, new int[] {2, 1});

        assertThat(seating).containsExactly(0, 1, 0);
    }

    @Test
    void aSecondChoiceIsGivenSoThatNobodyIsLeftWithoutASeat() {
        // Both want table 0 first, which has one seat; the one who can also sit at table 1 goes there.
        int[] seating = PreferenceFlow.solve(new int[][] {{0, 1}, {0}}, new int[] {1, 1});

        assertThat(seating).containsExactly(1, 0);
    }

    @Test
    void nobodyIsSeatedAtATableTheyDidNotChoose() {
        int[] seating = PreferenceFlow.solve(new int[][] {{0}, {0}, {0}}, new int[] {1, 5});

        assertThat(SeatingScores.placed(seating)).isEqualTo(1);
        assertThat(seating).containsOnly(0, -1);
    }

    @RepeatedTest(30)
    void theFlowIsLexicographicallyOptimalAgainstBruteForce() {
        int tables = 2 + random.nextInt(3);
        int people = 1 + random.nextInt(7);
        int[][] choices = new int[people][];
        for (int d = 0; d < people; d++) {
            choices[d] = randomChoices(tables);
        }
        int[] free = new int[tables];
        for (int t = 0; t < tables; t++) {
            free[t] = random.nextInt(3);
        }

        int[] seating = PreferenceFlow.solve(choices, free);

        assertThat(respectsCapacity(seating, free)).isTrue();
        long[] best = bruteForce(choices, free, new int[people], 0);
        assertThat(score(choices, seating)).isEqualTo(best[0]);
    }

    @Test
    void theFirstChoiceBoundIsTheSmallerOfDemandAndCapacityPerTable() {
        int[][] choices = {{0, 1}, {0, 2}, {0}, {1}, {2, 0}};

        assertThat(SeatingScores.firstChoiceBound(choices, new int[] {2, 5, 0})).isEqualTo(2 + 1 + 0);
    }

    private int[] randomChoices(int tables) {
        int count = 1 + random.nextInt(Math.min(3, tables));
        int[] order = random.ints(0, tables).distinct().limit(count).toArray();
        return order;
    }

    /** (seated, first, second) packed so that a larger number is lexicographically better. */
    private static long score(int[][] choices, int[] seating) {
        long seated = 0;
        long first = 0;
        long second = 0;
        for (int d = 0; d < seating.length; d++) {
            if (seating[d] < 0) {
                continue;
            }
            seated++;
            int rank = rank(choices[d], seating[d]);
            assertThat(rank).isPositive();
            first += rank == 1 ? 1 : 0;
            second += rank == 2 ? 1 : 0;
        }
        return seated * 10_000 + first * 100 + second;
    }

    private static int rank(int[] choices, int table) {
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] == table) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean respectsCapacity(int[] seating, int[] free) {
        int[] used = new int[free.length];
        for (int t : seating) {
            if (t >= 0 && ++used[t] > free[t]) {
                return false;
            }
        }
        return true;
    }

    /** Every seating that respects the capacities: each delegate at one of their choices or none. */
    private static long[] bruteForce(int[][] choices, int[] free, int[] seating, int d) {
        if (d == choices.length) {
            return new long[] {respectsCapacity(seating, free) ? score(choices, seating) : -1};
        }
        long best = -1;
        for (int option = -1; option < choices[d].length; option++) {
            seating[d] = option < 0 ? -1 : choices[d][option];
            best = Math.max(best, bruteForce(choices, free, seating, d + 1)[0]);
        }
        return new long[] {best};
    }
}
