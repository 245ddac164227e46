package org.convene.marketplace.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A booth given to an exhibitor: the booth is the key, the exhibitor unique. */
@MappedEntity("marketplace_allocation")
record AllocationRow(@Id long boothId, long applicationId, long allocatedBy, Instant allocatedAt) {
}
