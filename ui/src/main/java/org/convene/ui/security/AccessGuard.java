package org.convene.ui.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import org.convene.identity.UserView;
import org.convene.ui.LoginView;

/**
 * Checks every navigation against the target view's declaration: {@code @AnonymousAllowed},
 * {@code @PermitAll} (any signed-in user) or {@code @RolesAllowed}. A view that declares
 * nothing is open to nobody.
 */
@Singleton
public class AccessGuard implements BeforeEnterListener {
    private final UserSession session;

    public AccessGuard(UserSession session) {
        this.session = session;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        Optional<UserView> user = session.refresh();
        if (user.isEmpty()) {
            session.rememberDestination(event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LoginView.class);
            return;
        }
        if (!isAllowed(target, user.get())) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    static boolean isAllowed(Class<?> target, UserView user) {
        if (target.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.stream(roles.value())
                .anyMatch(r -> user.grants().stream().anyMatch(g -> g.role().name().equals(r)));
    }
}
