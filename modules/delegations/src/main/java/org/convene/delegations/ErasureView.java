package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One erasure, as audited: who ({@code actorUserId}) erased how many {@code registrations} of the
 * summit, and when; {@code registrationId} for the erasure of one person, null for a whole summit.
 */
@Serdeable
public record ErasureView(long id, long summitId, @Nullable Long registrationId, int registrations, long actorUserId, Instant erasedAt) {
}
