package org.convene.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A user as other modules and the UI see it: never the password hash. */
@Serdeable
public record UserView(long id, String email, String displayName, String language, boolean active, List<RoleGrant> grants) {
    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
