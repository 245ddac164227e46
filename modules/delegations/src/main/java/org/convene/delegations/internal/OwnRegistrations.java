package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.identity.UserManagement;

/** A person's own registrations: those whose e-mail is their account's (addresses are stored in lower case). */
@Singleton
class OwnRegistrations {
    private final UserManagement users;
    private final Registrations registrations;

    OwnRegistrations(UserManagement users, Registrations registrations) {
        this.users = users;
        this.registrations = registrations;
    }

    /** Newest first; none for an unknown account. */
    List<Registration> of(Actor actor) {
        return email(actor).map(registrations::findByEmailOrderByIdDesc).orElse(List.of());
    }

    /** The registration, if it is the actor's own. */
    Optional<Registration> one(Actor actor, long registrationId) {
        return email(actor).flatMap(email -> registrations.findById(registrationId).filter(r -> r.email().equals(email)));
    }

    private Optional<String> email(Actor actor) {
        return users.find(actor.userId()).map(u -> u.email().toLowerCase(Locale.ROOT));
    }
}
