package org.convene.delegations.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.convene.delegations.RegistrationApproved;

/**
 * Makes the approval of one chosen address fail after its status change and mail were written, as
 * any later step of the same transaction could: the whole approval must roll back.
 */
@Singleton
class FailingApprovals {
    static final String FAILS = "fails@example.org";

    @EventListener
    void on(RegistrationApproved event) {
        if (FAILS.equals(event.email())) {
            throw new IllegalStateException("a later step of the approval failed");
        }
    }
}
