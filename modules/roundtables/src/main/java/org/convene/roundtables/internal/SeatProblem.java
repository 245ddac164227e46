package org.convene.roundtables.internal;

/**
 * A seating problem in indices, for the solver: delegates with their choices (table indices, first
 * to third), region and group categories; tables with their free seats and the region and group mix
 * of the delegates already seated there by hand.
 *
 * @param choices     per delegate, one to three distinct table indices, first choice first
 * @param free        per table, the seats the solver may fill
 * @param fixedRegion per table and region, delegates already seated (by hand); likewise fixedGroup
 */
record SeatProblem(int[][] choices, int[] region, int[] group, int[] free, int[][] fixedRegion, int[][] fixedGroup) {

    int delegates() {
        return choices.length;
    }

    int tables() {
        return free.length;
    }

    int regions() {
        return fixedRegion.length == 0 ? 0 : fixedRegion[0].length;
    }

    int groups() {
        return fixedGroup.length == 0 ? 0 : fixedGroup[0].length;
    }

    /** 1–3 for the delegate's first to third choice, 0 when the table is none of them. */
    int rank(int delegate, int table) {
        int[] c = choices[delegate];
        for (int i = 0; i < c.length; i++) {
            if (c[i] == table) {
                return i + 1;
            }
        }
        return 0;
    }
}
