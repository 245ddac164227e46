package org.convene.partnerships;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a search.
 *
 * @param total  practices matching every filter
 * @param facets per goal, how many practices match the words and place filters and name that goal
 *               or one of its targets (the goal filter left out, so each count is what choosing it would give)
 */
@Serdeable
public record PracticePage(long total, int page, int size, List<PracticeView> items, List<GoalCount> facets) {

    /** How many practices name the goal or one of its targets. */
    @Serdeable
    public record GoalCount(int goal, long count) {
    }
}
