package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

@Serdeable
public record SummitView(
        long id,
        long chairmanshipId,
        String title,
        @Nullable Integer edition,
        String city,
        String venue,
        LocalDate startDate,
        LocalDate endDate,
        @Nullable String overarchingTheme,
        @Nullable LocalDate retentionDate) {

    public SummitView(long id, long chairmanshipId, String title, Integer edition, String city, String venue,
                      LocalDate startDate, LocalDate endDate, String overarchingTheme) {
        this(id, chairmanshipId, title, edition, city, venue, startDate, endDate, overarchingTheme, null);
    }

    /** Whether the retention date has passed on this day, so the personal data may be erased. */
    public boolean retentionOver(LocalDate today) {
        return retentionDate != null && today.isAfter(retentionDate);
    }
}
