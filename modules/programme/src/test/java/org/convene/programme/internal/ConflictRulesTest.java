package org.convene.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.programme.Conflict;
import org.convene.programme.ConflictKind;
import org.convene.summit.RoomView;
import org.junit.jupiter.api.Test;

/** The conflict rules without a database. */
class ConflictRulesTest {
    private static final RoomView HALL = new RoomView(1, 9, "Hall", 100, null);
    private static final RoomView SMALL = new RoomView(2, 9, "Small", 10, null);
    private final ConflictRules rules = new ConflictRules(LocalDate.parse("2020-03-02"), LocalDate.parse("2020-03-03"),
            Map.of(1L, HALL, 2L, SMALL), Map.of(7L, "Ana", 8L, "Bo"), Set.of(7L));

    private static Slot slot(long id, long room, String start, String end, Set<Long> people, Integer expected) {
        return new Slot(id, "S" + id, room, LocalDateTime.parse("2020-03-" + start), LocalDateTime.parse("2020-03-" + end), people, expected);
    }

    @Test
    void back_to_back_sessions_do_not_overlap_but_a_minute_more_does() {
        Slot first = slot(1, 1, "02T09:00", "02T10:00", Set.of(), null);
        assertThat(first.overlaps(slot(2, 1, "02T10:00", "02T11:00", Set.of(), null))).isFalse();
        assertThat(first.overlaps(slot(2, 1, "02T09:59", "02T11:00", Set.of(), null))).isTrue();
        assertThat(first.overlaps(slot(2, 1, "02T08:00", "02T09:00", Set.of(), null))).isFalse();
        assertThat(first.overlaps(slot(2, 1, "02T09:15", "02T09:45", Set.of(), null))).isTrue();
    }

    @Test
    void the_report_names_each_overlapping_pair_once_with_rooms_and_people() {
        List<Conflict> found = rules.all(List.of(
                slot(1, 1, "02T09:00", "02T12:00", Set.of(7L), null),
                slot(2, 1, "02T11:00", "02T13:00", Set.of(), null),
                slot(3, 2, "02T11:30", "02T12:30", Set.of(7L), null),
                slot(4, 1, "02T13:00", "02T14:00", Set.of(7L), null)));

        assertThat(found).extracting(Conflict::kind, Conflict::sessionId, Conflict::otherSessionId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_DOUBLE_BOOKED, 1L, 2L),
                org.assertj.core.groups.Tuple.tuple(ConflictKind.PERSON_DOUBLE_BOOKED, 1L, 3L));
        assertThat(found.get(1).personName()).isEqualTo("Ana");
    }

    @Test
    void the_summit_runs_from_the_first_days_morning_to_the_last_days_midnight_and_rooms_hold_their_audience() {
        assertThat(rules.withinSummit(slot(1, 1, "02T00:00", "02T01:00", Set.of(), null))).isTrue();
        assertThat(rules.withinSummit(slot(1, 1, "03T23:00", "04T00:00", Set.of(), null))).isTrue();
        assertThat(rules.withinSummit(slot(1, 1, "01T23:00", "02T01:00", Set.of(), null))).isFalse();
        assertThat(rules.withinSummit(slot(1, 1, "03T23:00", "04T00:01", Set.of(), null))).isFalse();

        assertThat(rules.of(slot(0, 2, "02T09:00", "02T10:00", Set.of(), 10), List.of())).isEmpty();
        assertThat(rules.of(slot(0, 2, "02T09:00", "02T10:00", Set.of(), 11), List.of()))
                .extracting(Conflict::kind, Conflict::hard).containsExactly(org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_TOO_SMALL, false));
    }

    @Test
    void a_person_who_no_longer_holds_a_place_and_a_room_that_is_gone_are_named() {
        assertThat(rules.of(slot(0, 3, "02T09:00", "02T10:00", Set.of(7L, 8L), null), List.of()))
                .extracting(Conflict::kind, Conflict::personName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_UNKNOWN, null),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.PERSON_NOT_REGISTERED, "Bo"));
    }
}
