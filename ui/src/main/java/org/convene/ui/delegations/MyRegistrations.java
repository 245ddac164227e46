package org.convene.ui.delegations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.summit.SummitManagement;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;

/**
 * A person's own registrations on their home page: each summit, where they stand, and their badge
 * once it is issued (a copy of the printed one, which stays valid).
 */
public class MyRegistrations extends VerticalLayout {
    public MyRegistrations(Actor actor, DelegateRegistration registrations, BadgePrinting badges, SummitManagement summits) {
        setPadding(false);
        add(new H3(getTranslation("my.registrations")));
        List<RegistrationView> own = registrations.own(actor);
        if (own.isEmpty()) {
            add(new EmptyState(getTranslation("my.none")));
        }
        for (RegistrationView r : own) {
            Div card = new Div();
            card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                    .set("background", "var(--lumo-contrast-5pct)").set("width", "min(36rem, 100%)");
            summits.find(r.summitId()).ifPresent(s -> card.add(new Paragraph(s.title() + " — " + s.city() + ", "
                    + Formats.range(s.startDate(), s.endDate(), getLocale()))));
            Span status = new Span(getTranslation("my.status", getTranslation("status." + r.status().name())));
            status.getElement().getThemeList().add("badge" + (r.status() == RegistrationStatus.REJECTED || r.status() == RegistrationStatus.WITHDRAWN
                    ? " error" : r.status().holdsPlace() ? " success" : ""));
            card.add(status);
            if (r.status() == RegistrationStatus.BADGE_ISSUED || r.status() == RegistrationStatus.CHECKED_IN) {
                Anchor badge = new Anchor(new StreamResource("badge.pdf", () -> new ByteArrayInputStream(badges.ownBadge(actor, r.id()))),
                        getTranslation("my.badge"));
                badge.getElement().setAttribute("download", true);
                badge.setId("my-badge-" + r.id());
                badge.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
                card.add(new Div(badge));
            } else if (r.status() == RegistrationStatus.APPROVED) {
                card.add(new Paragraph(getTranslation("my.badge-soon")));
            }
            add(card);
        }
    }
}
