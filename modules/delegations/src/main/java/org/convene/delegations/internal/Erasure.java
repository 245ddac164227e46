package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.delegations.ErasureView;

/** The audit line of an erasure; holds no personal data. */
@MappedEntity("delegation_erasure")
record Erasure(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        @Nullable Long registrationId,
        int registrations,
        long actorUserId,
        Instant erasedAt) {

    ErasureView view() {
        return new ErasureView(id, summitId, registrationId, registrations, actorUserId, erasedAt);
    }
}
