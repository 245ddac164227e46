package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A person as a lead or focal point nominates them. Names are in the person's own script; the
 * Latin form is for badges where the script differs. Countries are ISO 3166-1 alpha-2 codes.
 */
@Serdeable
public record Person(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String latinGivenName,
        @Nullable String latinFamilyName,
        @Nullable String organisation,
        @Nullable String title,
        @Nullable String nationality,
        @Nullable String residence,
        @Nullable Gender gender,
        @Nullable String email,
        @Nullable DelegateRole role,
        @Nullable String accessibilityNeeds,
        @Nullable String dietaryNeeds) {
}
