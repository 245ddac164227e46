package org.convene.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.micronaut.context.annotation.Prototype;
import org.convene.identity.Role;
import org.convene.identity.UserView;
import org.convene.ui.HomeView;
import org.convene.ui.LoginView;
import org.convene.ui.badges.BadgeBatchView;
import org.convene.ui.checkin.CheckInView;
import org.convene.ui.dashboard.DashboardView;
import org.convene.ui.delegations.GroupListView;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.identity.AccountView;
import org.convene.ui.identity.UserListView;
import org.convene.ui.partnerships.PartnershipsView;
import org.convene.ui.consultations.ConsultationListView;
import org.convene.ui.marketplace.MarketplaceAdminView;
import org.convene.ui.marketplace.MarketplaceView;
import org.convene.ui.marketplace.MyExhibitView;
import org.convene.ui.openspace.OpenSpaceSetupView;
import org.convene.ui.openspace.OpenSpaceView;
import org.convene.ui.programme.ConflictReportView;
import org.convene.ui.programme.MyAgendaView;
import org.convene.ui.programme.ProgrammeEditorView;
import org.convene.ui.programme.PublicProgrammeView;
import org.convene.ui.roundtables.RoundtableListView;
import org.convene.ui.roundtables.OutcomeListView;
import org.convene.ui.roundtables.MyRoundtablesView;
import org.convene.ui.roundtables.SeatingView;
import org.convene.ui.reports.RecollectionView;
import org.convene.ui.reports.SummitReportView;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.ChairmanshipListView;
import org.convene.ui.summit.SummitListView;

/**
 * The frame around every page: navigation by role, language, the user and sign-out; for a visitor
 * of a public page (the programme, the Platform for Partnerships), those pages and a way to sign in instead.
 */
@Prototype
public class MainLayout extends AppLayout implements BeforeEnterObserver {
    private final UserSession session;
    private final LanguageSelect language;
    private final SideNav nav = new SideNav();
    private final Span userName = new Span();
    private final Button signOut = new Button();
    private final Button signIn = new Button();

    public MainLayout(UserSession session, LanguageSelect language) {
        this.session = session;
        this.language = language;
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        signOut.setText(getTranslation("action.sign-out"));
        signOut.setIcon(VaadinIcon.SIGN_OUT.create());
        signOut.addClickListener(e -> {
            session.signOut();
            getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signIn.setText(getTranslation("login.submit"));
        signIn.setIcon(VaadinIcon.SIGN_IN.create());
        signIn.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(LoginView.class)));
        signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signIn.setId("sign-in");
        HorizontalLayout right = new HorizontalLayout(userName, language, signOut, signIn);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), title, right);
        nav.setLabel(getTranslation("nav.label"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        nav.removeAll();
        boolean signedIn = session.user().isPresent();
        signOut.setVisible(signedIn);
        signIn.setVisible(!signedIn);
        userName.setVisible(signedIn);
        session.user().ifPresentOrElse(this::fill, () -> {
            nav.addItem(new SideNavItem(getTranslation("nav.programme"), PublicProgrammeView.class, VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.marketplace"), MarketplaceView.class, VaadinIcon.SHOP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.partnerships"), PartnershipsView.class, VaadinIcon.CONNECT.create()));
        });
    }

    private void fill(UserView user) {
        userName.setText(user.displayName());
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.chairmanships"), ChairmanshipListView.class, VaadinIcon.FLAG.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.summits"), SummitListView.class, VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UserListView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.groups"), GroupListView.class, VaadinIcon.GROUP.create()));
        }
        if (user.has(Role.CHAIR_OFFICE) || user.has(Role.MECHANISM_LEAD) || user.has(Role.FOCAL_POINT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.registrations"), RegistrationListView.class, VaadinIcon.USER_CARD.create()));
        }
        if (user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.badges"), BadgeBatchView.class, VaadinIcon.PRINT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.programme-editor"), ProgrammeEditorView.class, VaadinIcon.CALENDAR_CLOCK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.programme-conflicts"), ConflictReportView.class, VaadinIcon.WARNING.create()));
        }
        if (user.has(Role.CHAIR_OFFICE) || user.has(Role.RESOURCE_PERSON)) {
            nav.addItem(new SideNavItem(getTranslation("nav.consultations"), ConsultationListView.class, VaadinIcon.GLOBE.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.programme"), PublicProgrammeView.class, VaadinIcon.LIST.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.my-agenda"), MyAgendaView.class, VaadinIcon.CALENDAR_USER.create()));
        if (user.has(Role.CHECK_IN) || user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.check-in"), CheckInView.class, VaadinIcon.QRCODE.create()));
        }
        if (user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.roundtables"), RoundtableListView.class, VaadinIcon.CLUSTER.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.seating"), SeatingView.class, VaadinIcon.SITEMAP.create()));
        }
        if (user.has(Role.CHAIR_OFFICE) || user.has(Role.RAPPORTEUR) || user.has(Role.FOCAL_POINT) || user.has(Role.ATTENDEE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.outcomes"), OutcomeListView.class, VaadinIcon.FILE_TEXT_O.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.my-roundtables"), MyRoundtablesView.class, VaadinIcon.WORKPLACE.create()));
        if (user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.summit-report"), SummitReportView.class, VaadinIcon.FILE_TEXT.create()));
        }
        if (user.has(Role.CHAIR_OFFICE) || user.has(Role.RESOURCE_PERSON) || user.has(Role.RAPPORTEUR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.recollection"), RecollectionView.class, VaadinIcon.SEARCH.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.marketplace"), MarketplaceView.class, VaadinIcon.SHOP.create()));
        if (user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.marketplace-admin"), MarketplaceAdminView.class, VaadinIcon.GRID_BIG.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.my-exhibit"), MyExhibitView.class, VaadinIcon.PRESENTATION.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.partnerships"), PartnershipsView.class, VaadinIcon.CONNECT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.open-space"), OpenSpaceView.class, VaadinIcon.COFFEE.create()));
        if (user.has(Role.CHAIR_OFFICE)) {
            nav.addItem(new SideNavItem(getTranslation("nav.open-space-setup"), OpenSpaceSetupView.class, VaadinIcon.TABLE.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.account"), AccountView.class, VaadinIcon.USER.create()));
    }
}
