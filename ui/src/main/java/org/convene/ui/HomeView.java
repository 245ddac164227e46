package org.convene.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.identity.Role;
import org.convene.identity.UserView;
import org.convene.openspace.OpenSpace;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.Programme;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.base.MainLayout;
import org.convene.ui.delegations.MyRegistrations;
import org.convene.ui.marketplace.MarketplaceView;
import org.convene.ui.partnerships.PartnershipsView;
import org.convene.ui.openspace.MyMeetingRequests;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.SummitListView;
import org.convene.ui.summit.SummitOverviewView;

/** What a user sees first: their roles and, for the chair office, the summits to work on. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@Prototype
public class HomeView extends VerticalLayout implements HasDynamicTitle {
    public HomeView(UserSession session, SummitManagement summits, DelegateRegistration registrations, BadgePrinting badges,
                    PersonalAgendas agendas, Programme programme, OpenSpace openSpace) {
        UserView user = session.user().orElseThrow();
        add(new H2(getTranslation("home.welcome", user.displayName())));
        String roles = user.grants().stream()
                // An attendee's scope is a summit id: the summits themselves are listed below.
                .map(g -> getTranslation("role." + g.role().name()) + (g.scope() == null || g.role() == Role.ATTENDEE ? "" : " (" + g.scope() + ")"))
                .distinct()
                .collect(Collectors.joining(", "));
        add(new Paragraph(getTranslation("home.roles", roles.isEmpty() ? getTranslation("home.no-roles") : roles)));
        if (user.has(Role.ATTENDEE)) {
            add(new MyRegistrations(Actor.of(user), registrations, badges, summits, agendas, programme));
            add(new MyMeetingRequests(Actor.of(user), openSpace, summits.list()));
            add(new Div(new RouterLink(getTranslation("home.marketplace"), MarketplaceView.class), new Span(" · "),
                    new RouterLink(getTranslation("pfp.home-link"), PartnershipsView.class)));
        } else {
            add(new RouterLink(getTranslation("pfp.home-link"), PartnershipsView.class));
        }
        if (user.has(Role.CHAIR_OFFICE)) {
            List<SummitView> all = summits.list();
            if (all.isEmpty()) {
                add(new EmptyState(getTranslation("home.no-summits"), new RouterLink(getTranslation("nav.summits"), SummitListView.class)));
            }
            for (SummitView s : all) {
                add(new RouterLink(s.title() + " — " + s.city() + ", " + Formats.range(s.startDate(), s.endDate(), getLocale()),
                        SummitOverviewView.class, SummitOverviewView.parameters(s.id())));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
