package org.convene.ui.security;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.convene.identity.Role;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;

/**
 * The signed-in user of the current Vaadin session. The id alone is kept in the session and the
 * account is re-read on every navigation, so a deactivated user loses access at once.
 */
@Singleton
public class UserSession {
    private static final String USER_ID = UserSession.class.getName() + ".userId";
    private static final String DESTINATION = UserSession.class.getName() + ".destination";
    private final UserManagement users;

    public UserSession(UserManagement users) {
        this.users = users;
    }

    /**
     * The current user as the access guard last read it for this UI's navigation, so the layout and
     * the view do not query again; read from the database where no navigation has yet.
     */
    public Optional<UserView> user() {
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, UserView.class) instanceof UserView read && isSignedIn(read.id())) {
            return Optional.of(read);
        }
        return refresh();
    }

    /**
     * Re-reads the signed-in user from the database, so a deactivated account loses access at the
     * next navigation; signs the session out if the account is gone or inactive.
     */
    public Optional<UserView> refresh() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        Optional<UserView> user = session != null && session.getAttribute(USER_ID) instanceof Long id
                ? users.find(id).filter(UserView::active) : Optional.empty();
        if (user.isEmpty() && session != null) {
            session.setAttribute(USER_ID, null);
        }
        if (ui != null) {
            ComponentUtil.setData(ui, UserView.class, user.orElse(null));
        }
        return user;
    }

    private static boolean isSignedIn(long id) {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(USER_ID) instanceof Long signedIn && signedIn == id;
    }

    public boolean has(Role role) {
        return user().map(u -> u.has(role)).orElse(false);
    }

    /** Starts a signed-in session under a new session id, so a planted id cannot be reused (session fixation). */
    public void signIn(UserView user) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            VaadinService.reinitializeSession(request);
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object destination = session.getAttribute(DESTINATION);
        session.setAttribute(USER_ID, user.id());
        session.setAttribute(DESTINATION, destination);
        session.setLocale(Locale.forLanguageTag(user.language()));
    }

    /** Where to go after signing in: the page the user asked for before being sent to sign in. */
    public void rememberDestination(String path) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(DESTINATION, path);
        }
    }

    public String takeDestination() {
        VaadinSession session = VaadinSession.getCurrent();
        Object path = session == null ? null : session.getAttribute(DESTINATION);
        if (session != null) {
            session.setAttribute(DESTINATION, null);
        }
        // Only a local path: never an address from outside (open redirect).
        return path instanceof String p && !p.contains("//") && !p.contains(":") ? p : "";
    }

    public void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(USER_ID, null);
            session.getSession().invalidate();
        }
    }
}
