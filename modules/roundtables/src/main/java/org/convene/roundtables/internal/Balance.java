package org.convene.roundtables.internal;

/**
 * How far a roundtable's mix is from the mix of all seated delegates. For one dimension (regions,
 * or stakeholder groups) the distance is the total variation distance between the two
 * distributions: half the summed absolute differences of the shares, 0 when the roundtable mirrors
 * the whole and 1 when they share nothing. A roundtable's balance is 1 − the mean of its two
 * distances; an empty roundtable counts as balanced.
 */
final class Balance {
    private Balance() {
    }

    /** Total variation distance between counts at one roundtable and reference shares. */
    static double distance(int[] counts, int size, double[] reference) {
        if (size == 0) {
            return 0;
        }
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += Math.abs((double) counts[c] / size - reference[c]);
        }
        return sum / 2;
    }

    static double score(double regionDistance, double groupDistance) {
        return 1 - (regionDistance + groupDistance) / 2;
    }

    /** Shares of each category among all counted, zeros when nobody is. */
    static double[] shares(int[] totals) {
        long all = 0;
        for (int t : totals) {
            all += t;
        }
        double[] shares = new double[totals.length];
        for (int c = 0; c < totals.length && all > 0; c++) {
            shares[c] = (double) totals[c] / all;
        }
        return shares;
    }
}
