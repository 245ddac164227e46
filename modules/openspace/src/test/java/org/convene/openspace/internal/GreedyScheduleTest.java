package org.convene.openspace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scheduler's plan and bound, in plain Java. */
class GreedyScheduleTest {
    private static final LocalDateTime NINE = LocalDateTime.parse("2026-11-25T09:00");
    private static final LocalDateTime NINE_THIRTY = NINE.plusMinutes(30);

    @Test
    void requests_sharing_a_person_go_to_different_slots_and_groups_get_places_that_fit() {
        GreedySchedule schedule = new GreedySchedule(List.of(NINE, NINE_THIRTY),
                List.of(new GreedySchedule.Place(1, 2), new GreedySchedule.Place(2, 4)), Map.of(), Map.of());
        List<GreedySchedule.Request> requests = List.of(new GreedySchedule.Request(10, List.of(1L, 2L)),
                new GreedySchedule.Request(11, List.of(1L, 3L)), new GreedySchedule.Request(12, List.of(4L, 5L, 6L)));

        Map<Long, LocalDateTime> plan = schedule.plan(requests);

        assertThat(plan).containsEntry(12L, NINE).containsEntry(10L, NINE).containsEntry(11L, NINE_THIRTY);
    }

    @Test
    void existing_meetings_are_respected_and_what_cannot_fit_is_left_out_within_the_bound() {
        GreedySchedule schedule = new GreedySchedule(List.of(NINE), List.of(new GreedySchedule.Place(1, 2)),
                Map.of(7L, Set.of(NINE)), Map.of());
        List<GreedySchedule.Request> requests = List.of(new GreedySchedule.Request(1, List.of(7L, 8L)),
                new GreedySchedule.Request(2, List.of(8L, 9L)), new GreedySchedule.Request(3, List.of(10L, 11L)),
                new GreedySchedule.Request(4, List.of(12L, 13L, 14L)));

        int bound = schedule.upperBound(requests);
        Map<Long, LocalDateTime> plan = schedule.plan(requests);

        assertThat(bound).isEqualTo(1);
        assertThat(plan).containsOnlyKeys(2L);
    }
}
