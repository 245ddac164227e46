package org.convene.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A role held by a user, with the scope where it applies: a mechanism name for
 * {@link Role#MECHANISM_LEAD} (e.g. {@code CIVIL_SOCIETY}), a state code for
 * {@link Role#FOCAL_POINT} (e.g. {@code DE}), none for {@link Role#CHAIR_OFFICE}.
 */
@Serdeable
public record RoleGrant(Role role, @Nullable String scope) {
    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null);
    }

    /** The grant as text, {@code ROLE} or {@code ROLE:scope}, as an authentication carries it; {@link #parse} reads it back. */
    public String text() {
        return scope == null ? role.name() : role.name() + ":" + scope;
    }

    /** @throws IllegalArgumentException for a role that does not exist */
    public static RoleGrant parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? of(Role.valueOf(text)) : new RoleGrant(Role.valueOf(text.substring(0, colon)), text.substring(colon + 1));
    }
}
