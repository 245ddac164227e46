package org.convene.consultations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The observations on one theme of one consultation: the source as written and its sanitised HTML. */
@MappedEntity("consultation_observation")
record ObservationRow(@Id @GeneratedValue @Nullable Long id, long consultationId, long themeId, String source, String html,
                      long writtenBy, Instant writtenAt) {
}
