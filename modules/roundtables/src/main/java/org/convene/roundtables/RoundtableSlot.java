package org.convene.roundtables;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;

/**
 * Where and when a roundtable meets: its programme session, in the venue's wall-clock time.
 *
 * @param roomCapacity the seats of the room, never fewer than the roundtable's capacity when it was scheduled
 */
@Serdeable
public record RoundtableSlot(long sessionId, long roomId, String roomName, int roomCapacity, LocalDateTime start, LocalDateTime end) {
}
