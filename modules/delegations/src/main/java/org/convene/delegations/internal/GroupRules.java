package org.convene.delegations.internal;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.platform.Countries;
import org.convene.platform.Problems;
import org.convene.platform.Texts;

/** The checks of a group and its quota. */
final class GroupRules {
    private GroupRules() {
    }

    /** Answers the command as stored: a state code only for a delegation, a name only for a named group. */
    static GroupCommand check(GroupCommand c) {
        Problems problems = new Problems();
        problems.required("kind", c.kind());
        GroupKind kind = c.kind();
        String state = kind == GroupKind.STATE_DELEGATION && c.stateCode() != null ? c.stateCode().strip().toUpperCase(Locale.ROOT) : null;
        String name = kind != null && kind.isNamed() ? Texts.stripped(c.name()) : null;
        if (kind == GroupKind.STATE_DELEGATION && !Countries.isValid(state)) {
            problems.add("stateCode", "group.state.unknown", "a state delegation needs a state as an ISO 3166-1 alpha-2 code");
        }
        if (kind != null && kind.isNamed()) {
            problems.text("name", name, DelegationLimits.GROUP_NAME_MAX);
        }
        Map<DelegateRole, Integer> roleQuotas = checkQuota(c.places(), c.roleQuotas(), problems);
        problems.throwIfAny();
        return new GroupCommand(kind, state, name, c.places(), roleQuotas);
    }

    /** Checks places and role quotas; answers the role quotas without nulls. */
    static Map<DelegateRole, Integer> checkQuota(Integer places, Map<DelegateRole, Integer> roleQuotas, Problems problems) {
        problems.required("places", places);
        if (places != null && (places < 0 || places > DelegationLimits.PLACES_MAX)) {
            problems.add("places", "group.places.range", "places must be between 0 and " + DelegationLimits.PLACES_MAX);
        }
        Map<DelegateRole, Integer> clean = new EnumMap<>(DelegateRole.class);
        if (roleQuotas != null) {
            roleQuotas.forEach((role, cap) -> {
                if (role == null || cap == null || cap < 0 || (places != null && cap > places)) {
                    problems.add("roleQuotas", "group.role-quota.range", "a role quota must be between 0 and the group's places");
                } else {
                    clean.put(role, cap);
                }
            });
        }
        return clean;
    }
}
