package org.convene.delegations.internal;

import org.convene.delegations.Actor;
import org.convene.delegations.GroupKind;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;

/**
 * People see and change only what their role and group allow. The chair office may do everything;
 * a mechanism lead works in the group of their mechanism, a focal point in their state's
 * delegation; the check-in desk only checks in. Nobody else may do anything here.
 */
final class Access {
    private Access() {
    }

    static boolean isChairOffice(Actor actor) {
        return holds(actor, Role.CHAIR_OFFICE);
    }

    static boolean mayCheckIn(Actor actor) {
        return isChairOffice(actor) || holds(actor, Role.CHECK_IN);
    }

    /** Whether the actor may see the group and its people, nominate into it and withdraw from it. */
    static boolean mayManage(Actor actor, GroupKind kind, String stateCode) {
        return isChairOffice(actor) || actor.grants().stream().anyMatch(g -> runs(g, kind, stateCode));
    }

    static boolean mayManage(Actor actor, Group group) {
        return mayManage(actor, group.kind(), group.stateCode());
    }

    static void requireChairOffice(Actor actor, String action) {
        if (!isChairOffice(actor)) {
            throw new AccessDeniedException(action);
        }
    }

    static void requireManage(Actor actor, Group group, String action) {
        if (!mayManage(actor, group)) {
            throw new AccessDeniedException(action);
        }
    }

    private static boolean runs(RoleGrant grant, GroupKind kind, String stateCode) {
        return switch (grant.role()) {
            case MECHANISM_LEAD -> kind.mechanism().map(m -> m.name().equals(grant.scope())).orElse(false);
            case FOCAL_POINT -> kind == GroupKind.STATE_DELEGATION && stateCode != null && stateCode.equals(grant.scope());
            default -> false;
        };
    }

    private static boolean holds(Actor actor, Role role) {
        return actor.grants().stream().anyMatch(g -> g.role() == role);
    }
}
