package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.GroupRef;
import org.convene.delegations.Participants.Participant;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.platform.AccessDeniedException;

/**
 * Who may touch whose seating: the chair office everything; a delegate's preferences also the
 * delegate (an account with the registration's e-mail) and the lead of the registration's
 * mechanism or the focal point of its state, as delegations lets them manage their people.
 */
@Singleton
class SeatingAccess {
    private final Participants participants;
    private final UserManagement users;

    SeatingAccess(Participants participants, UserManagement users) {
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

    boolean mayStatePreferences(Actor actor, Participant person) {
        if (isChairOffice(actor) || isOwn(actor, person)) {
            return true;
        }
        Optional<GroupRef> group = participants.groupsOf(person.summitId()).stream().filter(g -> g.id() == person.groupId()).findFirst();
        return group.isPresent() && actor.grants().stream().anyMatch(g -> runs(g, group.get().kind(), group.get().stateCode()));
    }

    boolean isOwn(Actor actor, Participant person) {
        return email(actor).flatMap(email -> participants.byEmail(person.summitId(), email))
                .map(p -> p.registrationId() == person.registrationId()).orElse(false);
    }

    Optional<String> email(Actor actor) {
        return users.find(actor.userId()).map(u -> u.email().toLowerCase(Locale.ROOT));
    }

    private static boolean runs(RoleGrant grant, GroupKind kind, String stateCode) {
        return switch (grant.role()) {
            case MECHANISM_LEAD -> kind.mechanism().map(m -> m.name().equals(grant.scope())).orElse(false);
            case FOCAL_POINT -> kind == GroupKind.STATE_DELEGATION && stateCode != null && stateCode.equals(grant.scope());
            default -> false;
        };
    }
}
