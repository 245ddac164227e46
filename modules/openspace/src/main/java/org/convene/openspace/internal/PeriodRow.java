package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/** A programme session of kind Open Space, with the times it had when the chair office picked it. */
@MappedEntity("openspace_period")
record PeriodRow(@Id @GeneratedValue @Nullable Long id, long summitId, long sessionId, String title, LocalDateTime startsAt,
                 LocalDateTime endsAt) {
}
