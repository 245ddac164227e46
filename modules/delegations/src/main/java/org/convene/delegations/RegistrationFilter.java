package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Narrows a list of registrations; a null field does not filter. {@code country} is the nationality. */
@Serdeable
public record RegistrationFilter(
        @Nullable Long groupId,
        @Nullable RegistrationStatus status,
        @Nullable String country,
        @Nullable DelegateRole role) {

    public static RegistrationFilter all() {
        return new RegistrationFilter(null, null, null, null);
    }
}
