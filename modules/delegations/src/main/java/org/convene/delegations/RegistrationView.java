package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A registration; {@code waitlistPosition} is 1 for the first in line, null when not waiting. */
@Serdeable
public record RegistrationView(
        long id,
        long summitId,
        long groupId,
        Person person,
        RegistrationStatus status,
        @Nullable Integer waitlistPosition) {
}
