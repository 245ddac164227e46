package org.convene.openspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A request for a meeting with one or more findable attendees (registrations, by id).
 *
 * @param slot the start of one of the Open Space's slots, or null for any slot (the chair office's scheduler places it)
 */
@Serdeable
public record MeetingRequestCommand(@Nullable List<Long> invitees, @Nullable LocalDateTime slot, @Nullable String message) {
}
