package org.convene.consultations;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** Observations on a theme from one consultation, for the summit report: sanitised HTML. */
@Serdeable
public record ConsultationObservation(long consultationId, String process, String city, String countryCode,
                                      LocalDate startDate, String html) {
}
