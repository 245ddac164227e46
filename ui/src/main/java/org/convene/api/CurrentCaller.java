package org.convene.api;

import io.micronaut.security.authentication.Authentication;

/** Reads the user id that the authentication providers put into every authentication. */
final class CurrentCaller {
    static final String USER_ID = "userId";
    /** The caller's grants as {@link org.convene.identity.RoleGrant#text()}, also put there by the authentication providers. */
    static final String GRANTS = "grants";

    private CurrentCaller() {
    }

    static long userId(Authentication authentication) {
        Object id = authentication.getAttributes().get(USER_ID);
        if (id instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("authentication without a user id");
    }
}
