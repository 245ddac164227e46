package org.convene.openspace;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;

/** One slot of an Open Space period, in the venue's wall-clock time. */
@Serdeable
public record Slot(LocalDateTime start, LocalDateTime end) {
}
