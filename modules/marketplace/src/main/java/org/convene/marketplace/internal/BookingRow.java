package org.convene.marketplace.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A stage slot booked by an exhibitor: the slot is the key, the exhibitor unique. */
@MappedEntity("marketplace_stage_booking")
record BookingRow(@Id long slotId, long applicationId, Instant bookedAt) {
}
