package org.convene.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation with its co-chairs: the forum's chair (the states of the summit's chairmanship)
 * and the Regional Consultative Process.
 */
@Serdeable
public record ConsultationView(
        long id,
        long summitId,
        List<String> forumChairs,
        String process,
        String city,
        String countryCode,
        LocalDate startDate,
        LocalDate endDate,
        List<String> participants,
        @Nullable Integer participantCount,
        List<Theme> themes) {

    public List<Long> themeIds() {
        return themes.stream().map(Theme::id).toList();
    }

    /** A theme of the consultation, with the summit's resource person for it (a user id), if any. */
    @Serdeable
    public record Theme(long id, String title, @Nullable Long resourcePersonId) {
    }
}
