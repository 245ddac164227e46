package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
import org.convene.identity.Role;
import org.convene.identity.UserManagement;
import org.convene.platform.AccessDeniedException;

/** Who the actor is in a summit's Open Space: the registration with their account's e-mail, if it holds a place. */
@Singleton
class OpenSpaceAccess {
    private final Participants participants;
    private final UserManagement users;

    OpenSpaceAccess(Participants participants, UserManagement users) {
        this.participants = participants;
        this.users = users;
    }

    static boolean isChairOffice(Actor actor) {
        return actor.grants().stream().anyMatch(g -> g.role() == Role.CHAIR_OFFICE);
    }

    static void requireChairOffice(Actor actor, String action) {
        if (!isChairOffice(actor)) {
            throw new AccessDeniedException(action);
        }
    }

    Optional<Participant> me(Actor actor, long summitId) {
        Optional<String> email = actor.email() != null ? Optional.of(actor.email()) : users.activeEmail(actor.userId());
        return email.flatMap(e -> participants.byEmail(summitId, e)).filter(p -> p.status().holdsPlace());
    }

    Participant requireMe(Actor actor, long summitId) {
        return me(actor, summitId).orElseThrow(() -> new AccessDeniedException("take part in this summit's Open Space"));
    }
}
