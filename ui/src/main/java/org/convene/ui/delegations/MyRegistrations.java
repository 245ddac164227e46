package org.convene.ui.delegations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.programme.AgendaItem;
import org.convene.programme.AgendaPart;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.Programme;
import org.convene.summit.SummitManagement;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.programme.MyAgendaView;
import org.convene.ui.programme.PublicProgrammeView;

/**
 * A person's own registrations on their home page: each summit, where they stand, and their badge
 * once it is issued (a copy of the printed one, which stays valid).
 */
public class MyRegistrations extends VerticalLayout {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    /** How many of a person's coming sessions the home page lists; the agenda page has them all. */
    static final int NEXT_SESSIONS = 3;

    public MyRegistrations(Actor actor, DelegateRegistration registrations, BadgePrinting badges, SummitManagement summits,
                           PersonalAgendas agendas, Programme programme) {
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
            if (r.status().hasBadge()) {
                Anchor badge = new Anchor(new StreamResource("badge.pdf", () -> new ByteArrayInputStream(badges.ownBadge(actor, r.id()))),
                        getTranslation("my.badge"));
                badge.getElement().setAttribute("download", true);
                badge.setId("my-badge-" + r.id());
                badge.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
                card.add(new Div(badge));
            } else if (r.status() == RegistrationStatus.APPROVED) {
                card.add(new Paragraph(getTranslation("my.badge-soon")));
            }
            if (r.status().holdsPlace()) {
                card.add(nextSessions(r, agendas, programme));
            }
            add(card);
        }
        if (!own.isEmpty()) {
            add(new Div(new RouterLink(getTranslation("nav.my-agenda"), MyAgendaView.class), new Span(" · "),
                    new RouterLink(getTranslation("nav.programme"), PublicProgrammeView.class)));
        }
    }

    /** The person's next sessions (those not over yet, in the venue's time), or a word that none is planned. */
    private Component nextSessions(RegistrationView r, PersonalAgendas agendas, Programme programme) {
        LocalDateTime now = LocalDateTime.now(programme.timeZone(r.summitId()));
        List<AgendaItem> next = agendas.agenda(r.id()).items().stream()
                .filter(item -> item.session().end().isAfter(now)).limit(NEXT_SESSIONS).toList();
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.add(new Span(getTranslation("my.next-sessions")));
        if (next.isEmpty()) {
            list.add(new Span(getTranslation("my.no-sessions")));
        }
        DateTimeFormatter day = DAY.withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        for (AgendaItem item : next) {
            var s = item.session();
            String part = item.part() == AgendaPart.ATTENDING ? "" : " (" + getTranslation("my.part." + item.part().name()) + ")";
            Span line = new Span(day.format(s.start()) + " " + time.format(s.start()) + "–" + time.format(s.end()) + " · "
                    + s.title() + " · " + s.roomName() + part);
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
            list.add(line);
        }
        return list;
    }
}
