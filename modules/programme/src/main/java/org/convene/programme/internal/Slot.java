package org.convene.programme.internal;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the conflict rules need of a session: where, when, who chairs or speaks, how many come.
 * {@code id} is 0 for a session not yet saved.
 */
record Slot(long id, String title, long roomId, LocalDateTime start, LocalDateTime end, Set<Long> people,
            Integer expectedAudience) {

    Slot {
        people = Set.copyOf(people);
    }

    /** Half-open intervals: a session ending at 10:00 and one starting at 10:00 do not overlap. */
    boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
