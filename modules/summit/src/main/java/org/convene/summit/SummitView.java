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
        @Nullable String overarchingTheme) {
}
