package org.convene.consultations;

import org.convene.identity.Role;
import org.convene.identity.UserView;

/** Who writes observations: the signed-in user, and whether they act for the chair office. */
public record Editor(long userId, boolean chairOffice) {
    public static Editor of(UserView user) {
        return new Editor(user.id(), user.has(Role.CHAIR_OFFICE));
    }
}
