package org.convene.delegations;

import java.util.List;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;

/**
 * Who asks: the signed-in user and the roles they hold. Every facade method takes one, because
 * what a person may see and change depends on their role and group.
 */
public record Actor(long userId, List<RoleGrant> grants) {
    public Actor {
        grants = List.copyOf(grants);
    }

    public static Actor of(UserView user) {
        return new Actor(user.id(), user.grants());
    }
}
