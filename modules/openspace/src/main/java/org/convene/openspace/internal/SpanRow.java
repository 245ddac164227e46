package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * A period's times with the summit's slot length (null: none set).
 * A mapped entity rather than an introspected DTO, though only ever read: Micronaut Data builds a
 * DTO's mapping model anew for every query, an entity's once.
 */
@MappedEntity("openspace_period")
record SpanRow(@Id long id, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable Integer slotMinutes) {
}
