package org.convene.summit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import org.convene.summit.SummitView;

@MappedEntity("summit_summit")
record Summit(
        @Id @GeneratedValue @Nullable Long id,
        Long chairmanshipId,
        String title,
        @Nullable Integer edition,
        String city,
        String venue,
        LocalDate startDate,
        LocalDate endDate,
        @Nullable String overarchingTheme,
        @Version @Nullable Long version,
        @Nullable LocalDate retentionDate,
        String language) {

    SummitView view() {
        return new SummitView(id, chairmanshipId, title, edition, city, venue, startDate, endDate, overarchingTheme, retentionDate, language);
    }
}
