package org.convene.roundtables.internal;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.RegistrationWithdrawn;
import org.convene.delegations.RegistrationsErased;

/**
 * Frees the seat of a delegate who no longer takes part, in the transaction that withdrew or
 * rejected them, so the seat is free at once rather than at the next assignment; an erasure also
 * forgets their choices. Giving up a seat only lowers a roundtable's count, so no lock is needed.
 */
@Singleton
class SeatReleases {
    private final SeatRows seats;
    private final PreferenceRows preferences;

    SeatReleases(SeatRows seats, PreferenceRows preferences) {
        this.seats = seats;
        this.preferences = preferences;
    }

    @EventListener
    void on(RegistrationWithdrawn event) {
        seats.deleteByRegistrationId(event.registrationId());
    }

    @EventListener
    void on(RegistrationRejected event) {
        seats.deleteByRegistrationId(event.registrationId());
    }

    @EventListener
    void on(RegistrationsErased event) {
        List<Long> ids = event.registrationIds();
        seats.deleteByRegistrationIdIn(ids);
        preferences.deleteByRegistrationIdIn(ids);
    }
}
