package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A summit of a chairmanship; its dates must lie inside the chairmanship's term. */
@Serdeable
public record SummitCommand(
        @Nullable Long chairmanshipId,
        @Nullable String title,
        @Nullable Integer edition,
        @Nullable String city,
        @Nullable String venue,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String overarchingTheme) {
}
