package org.convene.roundtables.internal;

import java.util.Collection;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;

/**
 * Who may do what with one roundtable's outcome. The rapporteur is the roundtable's appointed
 * user, not anyone holding the RAPPORTEUR role; a co-chair reviewer is a focal point of a co-chairing
 * state; an attendee holds ATTENDEE for the roundtable's summit.
 */
record OutcomeAccess(Actor actor, RoundtableRow roundtable, Collection<String> coChairs) {

    boolean office() {
        return has(Role.CHAIR_OFFICE, null);
    }

    boolean rapporteur() {
        return roundtable.rapporteurUserId() != null && roundtable.rapporteurUserId() == actor.userId();
    }

    boolean coChair() {
        return actor.grants().stream().anyMatch(g -> g.role() == Role.FOCAL_POINT && g.scope() != null && coChairs.contains(g.scope()));
    }

    boolean attendee() {
        return has(Role.ATTENDEE, Long.toString(roundtable.summitId()));
    }

    boolean mayEdit() {
        return office() || rapporteur();
    }

    boolean mayReview() {
        return office() || coChair();
    }

    /** Editors and reviewers read every status, with the authors. */
    boolean readsAll() {
        return mayEdit() || mayReview();
    }

    void requireEdit() {
        if (!mayEdit()) {
            throw new AccessDeniedException("write the outcome of this roundtable");
        }
    }

    void requireReview() {
        if (!mayReview()) {
            throw new AccessDeniedException("review the outcome of this roundtable");
        }
    }

    void requireOffice(String action) {
        if (!office()) {
            throw new AccessDeniedException(action);
        }
    }

    void requireReadAll() {
        if (!readsAll()) {
            throw new AccessDeniedException("read the drafts of this roundtable's outcome");
        }
    }

    private boolean has(Role role, String scope) {
        for (RoleGrant g : actor.grants()) {
            if (g.role() == role && (scope == null || scope.equals(g.scope()))) {
                return true;
            }
        }
        return false;
    }
}
