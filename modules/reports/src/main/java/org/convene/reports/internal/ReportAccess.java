package org.convene.reports.internal;

import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.platform.AccessDeniedException;

/** Who may make summit reports (the chair office) and search the recollection (also resource persons and rapporteurs). */
final class ReportAccess {
    static final Set<Role> RECOLLECTION = Set.of(Role.CHAIR_OFFICE, Role.RESOURCE_PERSON, Role.RAPPORTEUR);

    private ReportAccess() {
    }

    static boolean holdsAny(Actor actor, Set<Role> roles) {
        return actor != null && actor.grants().stream().anyMatch(g -> roles.contains(g.role()));
    }

    static void require(Actor actor, Set<Role> roles, String what) {
        if (!holdsAny(actor, roles)) {
            throw new AccessDeniedException(what);
        }
    }
}
