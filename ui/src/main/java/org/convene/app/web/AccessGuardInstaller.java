package org.convene.app.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.convene.ui.security.AccessGuard;

/** Puts the access guard in front of every navigation of every UI. */
@Singleton
class AccessGuardInstaller implements VaadinServiceInitListener {
    private final AccessGuard guard;

    AccessGuardInstaller(AccessGuard guard) {
        this.guard = guard;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(guard));
    }
}
