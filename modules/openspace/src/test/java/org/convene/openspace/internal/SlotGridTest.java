package org.convene.openspace.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.openspace.OpenSpaceSetup.Period;
import org.convene.openspace.Slot;
import org.junit.jupiter.api.Test;

/** The booking path finds a slot by arithmetic; it must agree with the listed grid everywhere. */
class SlotGridTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2027, 3, 10, 0, 0);
    // 9:00–10:05 (a 5-minute rest too short for a slot) and a second room at the same times, then 14:30–15:30.
    private static final List<Period> PERIODS = List.of(
            new Period(1L, 0L, "Morning", DAY.withHour(9), DAY.withHour(10).withMinute(5)),
            new Period(2L, 0L, "Morning, room 2", DAY.withHour(9), DAY.withHour(10).withMinute(5)),
            new Period(3L, 0L, "Afternoon", DAY.withHour(14).withMinute(30), DAY.withHour(15).withMinute(30)));

    @Test
    void findingASlotAgreesWithTheListedGridAtEveryMinuteOfTheDay() {
        List<Slot> spans = PERIODS.stream().map(p -> new Slot(p.start(), p.end())).toList();
        for (int minutes : new int[] {10, 15, 20, 30}) {
            List<Slot> grid = SlotGrid.slots(PERIODS, minutes);
            for (LocalDateTime t = DAY; t.isBefore(DAY.plusDays(1)); t = t.plusMinutes(1)) {
                LocalDateTime at = t;
                Optional<Slot> listed = grid.stream().filter(s -> s.start().equals(at)).findFirst();
                assertEquals(listed, SlotGrid.find(spans, minutes, at), minutes + "-minute slots at " + at);
            }
        }
    }

    @Test
    void theRestShorterThanASlotAndTimesBetweenSlotsAreNoSlots() {
        List<Slot> spans = PERIODS.stream().map(p -> new Slot(p.start(), p.end())).toList();
        assertEquals(Optional.of(new Slot(DAY.withHour(9).withMinute(40), DAY.withHour(10))), SlotGrid.find(spans, 20, DAY.withHour(9).withMinute(40)));
        assertEquals(Optional.empty(), SlotGrid.find(spans, 20, DAY.withHour(10)));
        assertEquals(Optional.empty(), SlotGrid.find(spans, 20, DAY.withHour(9).withMinute(10)));
        assertEquals(Optional.empty(), SlotGrid.find(spans, 20, DAY.withHour(9).withMinute(0).withSecond(30)));
    }
}
