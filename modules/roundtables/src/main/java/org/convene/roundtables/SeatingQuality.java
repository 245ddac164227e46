package org.convene.roundtables;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * How good a summit's seating is, beside what any seating could reach.
 *
 * @param withPreferences    accredited delegates who stated at least one choice
 * @param firstChoices       of them, seated at their first choice (second, third alike)
 * @param firstChoiceBound   the most first choices any seating can give: per roundtable the smaller of its
 *                           first-choice demand and its capacity, summed
 * @param anyChoiceBound     the most delegates any seating can place at one of their choices (a maximum flow)
 * @param seated             all seated delegates, by hand or not
 * @param balance            seat-weighted mean of the roundtables' balance (1 = every roundtable mirrors the whole)
 */
@Serdeable
public record SeatingQuality(long summitId, int withPreferences, int firstChoices, int secondChoices, int thirdChoices,
                             int firstChoiceBound, int anyChoiceBound, int seated, double balance, List<TableQuality> tables) {

    public SeatingQuality {
        tables = List.copyOf(tables);
    }

    /** Delegates seated at any of their choices. */
    public int anyChoice() {
        return firstChoices + secondChoices + thirdChoices;
    }

    /** Share of delegates with preferences who got their first choice, 0–1 (0 when nobody stated any). */
    public double firstChoiceShare() {
        return withPreferences == 0 ? 0 : (double) firstChoices / withPreferences;
    }

    public double anyChoiceShare() {
        return withPreferences == 0 ? 0 : (double) anyChoice() / withPreferences;
    }

    /**
     * One roundtable. {@code balance} = 1 − (d(regions) + d(groups)) / 2, where d is the total variation
     * distance (half the summed absolute differences of shares) between the roundtable's mix and the mix of
     * all seated delegates of the summit; 1 for an empty roundtable.
     */
    @Serdeable
    public record TableQuality(long roundtableId, String number, String title, int capacity, int seated, int firstChoices,
                               double regionBalance, double groupBalance, double balance) {
    }
}
