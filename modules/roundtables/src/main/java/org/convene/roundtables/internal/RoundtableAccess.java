package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.roundtables.RoundtableView;

/**
 * Who may read roundtables and their background papers. The rapporteur is the one named on the
 * roundtable (the scoped role follows it); co-chairs and team states are read through their focal
 * points; a summit's attendees read its roundtables and papers.
 */
@Singleton
class RoundtableAccess {
    private final RoundtableRows rows;
    private final RoundtableData data;

    RoundtableAccess(RoundtableRows rows, RoundtableData data) {
        this.rows = rows;
        this.data = data;
    }

    boolean mayRead(Actor actor, long summitId) {
        if (office(actor) || attends(actor, summitId)) {
            return true;
        }
        List<RoundtableView> views = data.views(summitId, rows.findBySummitId(summitId));
        Set<String> states = focalPointStates(actor);
        return views.stream().anyMatch(r -> isRapporteur(actor, r) || r.coChairs().stream().anyMatch(states::contains));
    }

    boolean mayReadPaper(Actor actor, long roundtableId) {
        if (office(actor)) {
            return true;
        }
        return rows.findById(roundtableId).map(data::view).filter(r -> {
            Set<String> states = focalPointStates(actor);
            return isRapporteur(actor, r) || attends(actor, r.summitId())
                    || r.coChairs().stream().anyMatch(states::contains) || r.teamStates().stream().anyMatch(states::contains);
        }).isPresent();
    }

    static boolean office(Actor actor) {
        return actor.grants().stream().anyMatch(g -> g.role() == Role.CHAIR_OFFICE);
    }

    private static boolean attends(Actor actor, long summitId) {
        return actor.grants().contains(new RoleGrant(Role.ATTENDEE, String.valueOf(summitId)));
    }

    private static boolean isRapporteur(Actor actor, RoundtableView r) {
        return r.rapporteurUserId() != null && r.rapporteurUserId() == actor.userId();
    }

    private static Set<String> focalPointStates(Actor actor) {
        Set<String> states = new HashSet<>();
        actor.grants().stream().filter(g -> g.role() == Role.FOCAL_POINT && g.scope() != null).forEach(g -> states.add(g.scope()));
        return states;
    }
}
