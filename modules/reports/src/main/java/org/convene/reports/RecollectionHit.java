package org.convene.reports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * One outcome or one consultation's observations on a theme, found by a recollection search.
 *
 * @param year       the year the summit began
 * @param source     which of the two it is; the roundtable fields are set for an outcome, the
 *                   consultation fields for observations
 * @param snippet    a stretch of the text around the first word found (plain text)
 * @param sdgTargets what the outcome names; empty for observations
 */
@Serdeable
public record RecollectionHit(
        int year,
        long summitId,
        String summitTitle,
        long themeId,
        String themeTitle,
        Source source,
        @Nullable Long roundtableId,
        @Nullable String roundtableNumber,
        @Nullable String roundtableTitle,
        @Nullable Long consultationId,
        @Nullable String consultationProcess,
        @Nullable LocalDate consultationDate,
        String snippet,
        List<String> sdgTargets) {

    public enum Source { OUTCOME, OBSERVATION }
}
