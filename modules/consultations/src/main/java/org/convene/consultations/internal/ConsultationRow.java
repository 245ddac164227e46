package org.convene.consultations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A consultation; participants are ISO codes joined by commas. */
@MappedEntity("consultation_consultation")
record ConsultationRow(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        String process,
        String city,
        String countryCode,
        LocalDate startDate,
        LocalDate endDate,
        String participants,
        @Nullable Integer participantCount) {
}
