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
        @Nullable LocalDate retentionDate,
        String language) {

    public SummitView {
        language = language == null ? SummitLimits.DEFAULT_LANGUAGE : language;
    }

    public SummitView(long id, long chairmanshipId, String title, Integer edition, String city, String venue,
                      LocalDate startDate, LocalDate endDate, String overarchingTheme) {
        this(id, chairmanshipId, title, edition, city, venue, startDate, endDate, overarchingTheme, null);
    }

    /** A summit in the default language (English). */
    public SummitView(long id, long chairmanshipId, String title, Integer edition, String city, String venue,
                      LocalDate startDate, LocalDate endDate, String overarchingTheme, LocalDate retentionDate) {
        this(id, chairmanshipId, title, edition, city, venue, startDate, endDate, overarchingTheme, retentionDate, null);
    }

    /** The summit's language as a locale: its summit report prints in it. */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language);
    }

    /** Whether the retention date has passed on this day, so the personal data may be erased. */
    public boolean retentionOver(LocalDate today) {
        return retentionDate != null && today.isAfter(retentionDate);
    }
}
