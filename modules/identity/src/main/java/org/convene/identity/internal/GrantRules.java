package org.convene.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.identity.Mechanism;
import org.convene.identity.RoleGrant;
import org.convene.platform.Countries;
import org.convene.platform.Problems;

/** Which scope each role takes; checked before any grant is stored. */
final class GrantRules {
    static final int SCOPE_MAX = 64;

    private GrantRules() {
    }

    static void check(List<RoleGrant> grants, Problems problems) {
        if (grants == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (RoleGrant grant : grants) {
            if (grant == null || grant.role() == null) {
                problems.add("grants", "user.grant.role-required", "every grant needs a role");
                continue;
            }
            String scope = normalise(grant.scope());
            if (!seen.add(grant.role() + "|" + scope)) {
                problems.add("grants", "user.grant.duplicate", "the grant " + grant.role() + " is listed twice");
            }
            switch (grant.role().scopeKind()) {
                case NONE -> {
                    if (scope != null) {
                        problems.add("grants", "user.grant.no-scope", grant.role() + " takes no scope");
                    }
                }
                case MECHANISM -> {
                    if (scope == null || !isMechanism(scope)) {
                        problems.add("grants", "user.grant.mechanism", grant.role() + " needs a mechanism: CIVIL_SOCIETY, BUSINESS or MAYORS");
                    }
                }
                case STATE -> {
                    if (!Countries.isValid(scope)) {
                        problems.add("grants", "user.grant.state", grant.role() + " needs a state as an ISO 3166-1 alpha-2 code");
                    }
                }
                case OPTIONAL_TEXT -> {
                    // Code points, like Problems.text and the utf8mb4 column, so no script is cut short.
                    if (scope != null && scope.codePointCount(0, scope.length()) > SCOPE_MAX) {
                        problems.add("grants", "validation.too-long", "a scope must be at most " + SCOPE_MAX + " characters");
                    }
                }
            }
        }
    }

    static String normalise(String scope) {
        return scope == null || scope.isBlank() ? null : scope.strip();
    }

    private static boolean isMechanism(String scope) {
        for (Mechanism m : Mechanism.values()) {
            if (m.name().equals(scope)) {
                return true;
            }
        }
        return false;
    }
}
