package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A summit of a chairmanship; its dates must lie inside the chairmanship's term. The retention
 * date, when set, is the last day its delegates' personal data is kept; it may not come before the
 * summit's end.
 */
@Serdeable
public record SummitCommand(
        @Nullable Long chairmanshipId,
        @Nullable String title,
        @Nullable Integer edition,
        @Nullable String city,
        @Nullable String venue,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String overarchingTheme,
        @Nullable LocalDate retentionDate) {

    /** A summit with no retention date (yet). */
    public SummitCommand(Long chairmanshipId, String title, Integer edition, String city, String venue,
                         LocalDate startDate, LocalDate endDate, String overarchingTheme) {
        this(chairmanshipId, title, edition, city, venue, startDate, endDate, overarchingTheme, null);
    }
}
