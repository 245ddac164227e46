package org.convene.openspace.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convene.openspace.OpenSpaceSetup.Period;
import org.convene.openspace.Slot;

/**
 * The slots of the Open Space: each period cut into slots of the set length from its start; a rest
 * shorter than a slot is left unused. Periods must not overlap unless they are the same times (two
 * rooms of one Open Space session), since a person's busy rows are keyed by a slot's start.
 */
final class SlotGrid {
    private SlotGrid() {
    }

    static List<Slot> slots(List<Period> periods, int minutes) {
        Duration length = Duration.ofMinutes(minutes);
        List<Slot> slots = new ArrayList<>();
        periods.stream().map(p -> new Slot(p.start(), p.end())).distinct().sorted((a, b) -> a.start().compareTo(b.start()))
                .forEach(p -> {
                    for (LocalDateTime start = p.start(); !start.plus(length).isAfter(p.end()); start = start.plus(length)) {
                        slots.add(new Slot(start, start.plus(length)));
                    }
                });
        return slots;
    }

    /** The slot starting then in one of these periods, found by arithmetic rather than by listing every slot. */
    static Optional<Slot> find(List<Slot> periods, int minutes, LocalDateTime start) {
        Duration length = Duration.ofMinutes(minutes);
        for (Slot p : periods) {
            boolean inside = !start.isBefore(p.start()) && !start.plus(length).isAfter(p.end());
            if (inside && Duration.between(p.start(), start).toSeconds() % length.toSeconds() == 0) {
                return Optional.of(new Slot(start, start.plus(length)));
            }
        }
        return Optional.empty();
    }

    /** Two periods that overlap without being the same times, if any. */
    static Optional<Period> overlapping(List<Period> periods) {
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                Period a = periods.get(i);
                Period b = periods.get(j);
                boolean same = a.start().equals(b.start()) && a.end().equals(b.end());
                if (!same && a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
                    return Optional.of(b);
                }
            }
        }
        return Optional.empty();
    }
}
