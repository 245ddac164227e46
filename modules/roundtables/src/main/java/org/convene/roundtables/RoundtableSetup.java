package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;

/**
 * Everything the chair office's form sets at once, saved in one transaction: the roundtable, its
 * room and time (all three empty: not scheduled) and its rapporteur (empty: none).
 */
public record RoundtableSetup(
        RoundtableCommand roundtable,
        @Nullable Long roomId,
        @Nullable LocalDateTime start,
        @Nullable LocalDateTime end,
        @Nullable Long rapporteurUserId) {

    public boolean scheduled() {
        return roomId != null || start != null || end != null;
    }
}
