package org.convene.api.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;

/** What an API caller's authentication carries: role names, and the user id and scoped grants as attributes. */
final class CallerAuthentication {
    private CallerAuthentication() {
    }

    static List<String> roles(UserView user) {
        return user.grants().stream().map(g -> g.role().name()).distinct().toList();
    }

    static Map<String, Object> attributes(UserView user) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("userId", user.id());
        attributes.put("grants", user.grants().stream().map(RoleGrant::text).toList());
        return attributes;
    }
}
