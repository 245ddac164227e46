package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDateTime;

/** A booked meeting; {@code placeCapacity} repeats the place's capacity so the database can check {@code size} against it. */
@MappedEntity("openspace_meeting")
record MeetingRow(@Id @GeneratedValue @Nullable Long id, long summitId, long requestId, long placeId, int placeCapacity, int size,
                  LocalDateTime slotStart, LocalDateTime slotEnd, Instant bookedAt) {
}
