package org.convene.openspace.internal;

import io.micronaut.core.annotation.Introspected;
import java.time.LocalDateTime;

/** One person taken at one slot by one meeting. */
@Introspected
record BusyRow(long personId, LocalDateTime slotStart, long meetingId) {
}
