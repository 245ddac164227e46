package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One entry of a registration's history: who ({@code actorUserId}) moved it from one status to
 * another, when, and why. {@code from} is null for the nomination itself.
 */
@Serdeable
public record StatusChangeView(
        @Nullable RegistrationStatus from,
        RegistrationStatus to,
        long actorUserId,
        Instant at,
        @Nullable String reason) {
}
