package org.convene.delegations;

import java.util.List;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;

/**
 * Who asks: the signed-in user and the roles they hold. Every facade method takes one, because
 * what a person may see and change depends on their role and group.
 *
 * @param email the account's e-mail as authenticated for this very call (an API call reads the
 *              account afresh), so modules need not read it again; null when the caller's view of
 *              the account may be older (a UI session), and then a module that needs it looks it up
 */
public record Actor(long userId, List<RoleGrant> grants, String email) {
    public Actor {
        grants = List.copyOf(grants);
    }

    public Actor(long userId, List<RoleGrant> grants) {
        this(userId, grants, null);
    }

    public static Actor of(UserView user) {
        return new Actor(user.id(), user.grants());
    }
}
