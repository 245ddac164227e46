package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.convene.roundtables.RoundtableFormat;

/** A roundtable; {@code number} is its place within the theme. */
@MappedEntity("roundtable_roundtable")
record RoundtableRow(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        long themeId,
        int number,
        String title,
        RoundtableFormat format,
        int capacity,
        @Nullable Long sessionId,
        @Nullable Long rapporteurUserId) {

    RoundtableRow withSession(@Nullable Long session) {
        return new RoundtableRow(id, summitId, themeId, number, title, format, capacity, session, rapporteurUserId);
    }

    RoundtableRow withRapporteur(@Nullable Long userId) {
        return new RoundtableRow(id, summitId, themeId, number, title, format, capacity, sessionId, userId);
    }

    RoundtableRow withTheme(long theme, int newNumber) {
        return new RoundtableRow(id, summitId, theme, newNumber, title, format, capacity, sessionId, rapporteurUserId);
    }
}
