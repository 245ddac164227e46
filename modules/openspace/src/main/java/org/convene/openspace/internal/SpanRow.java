package org.convene.openspace.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;

/** A period's times with the summit's slot length (null: none set). */
@Introspected
record SpanRow(LocalDateTime startsAt, LocalDateTime endsAt, @Nullable Integer slotMinutes) {
}
