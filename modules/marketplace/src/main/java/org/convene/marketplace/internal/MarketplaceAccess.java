package org.convene.marketplace.internal;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationView;
import org.convene.identity.Role;
import org.convene.platform.AccessDeniedException;

/**
 * Who may do what: the chair office runs the marketplace; a person with an accredited registration
 * at the summit (found by their account's e-mail) may apply, and sees only their own application.
 */
@Singleton
class MarketplaceAccess {
    private final DelegateRegistration registrations;

    MarketplaceAccess(DelegateRegistration registrations) {
        this.registrations = registrations;
    }

    static boolean office(Actor actor) {
        return actor != null && actor.grants().stream().anyMatch(g -> g.role() == Role.CHAIR_OFFICE);
    }

    static void requireOffice(Actor actor, String action) {
        if (!office(actor)) {
            throw new AccessDeniedException(action);
        }
    }

    static boolean owns(Actor actor, ApplicationRow application) {
        return actor != null && application.userId() == actor.userId();
    }

    /** The actor's accredited registration at the summit, the newest when there are several. */
    Optional<RegistrationView> accredited(Actor actor, long summitId) {
        return registrations.own(actor).stream()
                .filter(r -> r.summitId() == summitId && r.status().isAccredited())
                .findFirst();
    }
}
