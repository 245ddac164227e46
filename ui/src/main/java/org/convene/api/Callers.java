package org.convene.api;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Collection;
import org.convene.delegations.Actor;
import org.convene.identity.RoleGrant;

/**
 * Turns the authenticated caller into the delegations module's actor. Every API call is
 * authenticated afresh (basic or bearer, no session), reading the account and its grants from the
 * database, so the grants and the e-mail (its name) the authentication carries are current: no
 * second look-up is needed.
 */
@Singleton
class Callers {
    Actor actor(Authentication authentication) {
        long id = CurrentCaller.userId(authentication);
        if (!(authentication.getAttributes().get(CurrentCaller.GRANTS) instanceof Collection<?> grants)) {
            throw new IllegalStateException("authentication without grants");
        }
        return new Actor(id, grants.stream().map(String::valueOf).map(RoleGrant::parse).toList(), authentication.getName());
    }
}
