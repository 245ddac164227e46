package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A roundtable.
 *
 * @param number           "RT 1.2": the theme's position in the summit, then the roundtable's number within the theme
 * @param sessionId        the programme session giving its room and time, when scheduled
 * @param rapporteurUserId the user who writes its outcome, when appointed
 */
@Serdeable
public record RoundtableView(
        long id,
        long summitId,
        long themeId,
        String number,
        String title,
        RoundtableFormat format,
        int capacity,
        List<String> coChairs,
        List<String> teamStates,
        List<Long> teamGroupIds,
        @Nullable Long sessionId,
        @Nullable Long rapporteurUserId) {
}
