package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A delegate's seat; {@code manual} when placed by hand, which an assignment keeps. */
@MappedEntity("roundtable_seat")
record SeatRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, long registrationId, boolean manual, long assignedBy,
               Instant assignedAt) {
}
