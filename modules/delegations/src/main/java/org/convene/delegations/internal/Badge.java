package org.convene.delegations.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The current print of a registration's badge: only a token with this serial checks in. */
@MappedEntity("delegation_badge")
record Badge(@Id long registrationId, int serial, Instant printedAt, long printedBy) {
}
