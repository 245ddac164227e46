package org.convene.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A consultation as the chair office enters it.
 *
 * @param process          the Regional Consultative Process co-chairing it, e.g. "Colombo Process"
 * @param countryCode      where it meets, ISO 3166-1 alpha-2
 * @param participants     participating states, ISO 3166-1 alpha-2
 * @param participantCount how many people took part; may be unknown
 * @param themeIds         at most {@link ConsultationLimits#THEMES_MAX} themes of the summit, in order
 */
@Serdeable
public record ConsultationCommand(
        @Nullable String process,
        @Nullable String city,
        @Nullable String countryCode,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable List<String> participants,
        @Nullable Integer participantCount,
        @Nullable List<Long> themeIds) {

    public ConsultationCommand {
        participants = participants == null ? List.of() : List.copyOf(participants);
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }
}
