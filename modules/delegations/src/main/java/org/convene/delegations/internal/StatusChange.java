package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.StatusChangeView;

/** One line of a registration's history; never changed once written. */
@MappedEntity("delegation_registration_history")
record StatusChange(
        @Id @GeneratedValue @Nullable Long id,
        long registrationId,
        @Nullable RegistrationStatus fromStatus,
        RegistrationStatus toStatus,
        long actorUserId,
        Instant changedAt,
        @Nullable String reason) {

    StatusChangeView view() {
        return new StatusChangeView(fromStatus, toStatus, actorUserId, changedAt, reason);
    }
}
