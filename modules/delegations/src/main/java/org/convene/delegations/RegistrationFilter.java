package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Narrows a list of registrations; a null field does not filter. {@code country} is the
 * nationality; {@code region} the nationality's UN M49 continent code and {@code gender} a
 * {@link Gender} name, each with {@code UNSPECIFIED} for none ({@link SummitFigures#UNSPECIFIED});
 * {@code participants} keeps only the accredited ({@link RegistrationStatus#isAccredited}) — the
 * dashboard's figures link to the lists they count with these.
 */
@Serdeable
public record RegistrationFilter(
        @Nullable Long groupId,
        @Nullable RegistrationStatus status,
        @Nullable String country,
        @Nullable DelegateRole role,
        @Nullable String region,
        @Nullable String gender,
        boolean participants) {

    public RegistrationFilter(@Nullable Long groupId, @Nullable RegistrationStatus status, @Nullable String country, @Nullable DelegateRole role) {
        this(groupId, status, country, role, null, null, false);
    }

    public static RegistrationFilter all() {
        return new RegistrationFilter(null, null, null, null);
    }
}
