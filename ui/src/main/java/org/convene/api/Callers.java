package org.convene.api;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;

/**
 * Turns the authenticated caller into the delegations module's actor. Every API call is
 * authenticated afresh (basic or bearer, no session), reading the account and its grants from the
 * database, so the grants the authentication carries are current: no second look-up is needed.
 */
@Singleton
class Callers {
    static final String GRANTS = "grants";

    Actor actor(Authentication authentication) {
        long id = CurrentCaller.userId(authentication);
        if (!(authentication.getAttributes().get(GRANTS) instanceof Collection<?> grants)) {
            throw new IllegalStateException("authentication without grants");
        }
        List<RoleGrant> parsed = grants.stream().map(String::valueOf).map(Callers::grant).toList();
        return new Actor(id, parsed);
    }

    /** "ROLE" or "ROLE:scope", as the authentication providers write them. */
    private static RoleGrant grant(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? RoleGrant.of(Role.valueOf(text)) : new RoleGrant(Role.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }
}
