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
}
