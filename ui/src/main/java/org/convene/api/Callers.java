package org.convene.api;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.convene.delegations.Actor;
import org.convene.identity.UserManagement;
import org.convene.platform.NotFoundException;

/** Turns the authenticated caller into the delegations module's actor, with current roles and scopes. */
@Singleton
class Callers {
    private final UserManagement users;

    Callers(UserManagement users) {
        this.users = users;
    }

    Actor actor(Authentication authentication) {
        long id = CurrentCaller.userId(authentication);
        return Actor.of(users.find(id).orElseThrow(() -> new NotFoundException("user", id)));
    }
}
