package org.convene.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their roles do not allow. */
@AnonymousAllowed
@Prototype
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {
    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(new H2(getTranslation("error.forbidden.title")), new Paragraph(getTranslation("error.forbidden.text")),
                new RouterLink(getTranslation("nav.home"), HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
