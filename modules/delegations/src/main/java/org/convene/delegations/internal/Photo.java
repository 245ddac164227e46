package org.convene.delegations.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A registration's photo: always a JPEG we encoded ourselves. */
@MappedEntity("delegation_photo")
record Photo(@Id long registrationId, byte[] jpeg, int width, int height, Instant updatedAt, long updatedBy) {
}
