package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An approved delegate's home page shows their summit, status and badge; nobody else's. */
@ViewPackages(packages = "org.convene.ui")
class AttendeeHomeViewTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static long kofi;
    private static long ama;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserView office = context.getBean(UserManagement.class).create(new NewUser("home-office@example.org", "Office", "office-secret", "en",
                List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        Actor chair = Actor.of(office);
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("TR"), LocalDate.of(2099, 1, 1), LocalDate.of(2099, 12, 31))).id();
        long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "8th GFMD Summit", 8, "Istanbul",
                "Lütfi Kırdar", LocalDate.of(2099, 10, 14), LocalDate.of(2099, 10, 16), null)).id();
        long hall = context.getBean(org.convene.summit.SummitSetup.class).addRoom(summit, new org.convene.summit.RoomCommand("Hall A", 500, null)).id();
        long group = context.getBean(StakeholderGroups.class).create(chair, summit, new GroupCommand(GroupKind.BUSINESS, null, null, 5, Map.of())).id();
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        kofi = registrations.nominate(chair, group, person("kofi@example.org")).id();
        ama = registrations.nominate(chair, group, person("ama@example.org")).id();
        registrations.approve(chair, kofi);
        registrations.approve(chair, ama);
        context.getBean(BadgePrinting.class).badge(chair, kofi);
        org.convene.programme.Programme programme = context.getBean(org.convene.programme.Programme.class);
        programme.create(summit, new org.convene.programme.SessionCommand(org.convene.programme.SessionKind.PLENARY, "Opening plenary", null, hall,
                java.time.LocalDateTime.of(2099, 10, 14, 9, 0), java.time.LocalDateTime.of(2099, 10, 14, 10, 30), List.of(kofi), List.of(),
                org.convene.programme.Audience.OPEN, null, List.of(), null));
        programme.create(summit, new org.convene.programme.SessionCommand(org.convene.programme.SessionKind.PLENARY, "Closing plenary", null, hall,
                java.time.LocalDateTime.of(2099, 10, 16, 16, 0), java.time.LocalDateTime.of(2099, 10, 16, 17, 0), List.of(), List.of(),
                org.convene.programme.Audience.OPEN, null, List.of(), null));
    }

    private static Person person(String email) {
        return new Person("Kofi", "Mensah", null, null, "Accra Chamber", null, "GH", "GH", null, email, DelegateRole.DELEGATE, null, null);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    void the_attendee_sees_their_summit_status_and_badge() {
        context.getBean(UserSession.class).signIn(context.getBean(UserManagement.class).findByEmail("kofi@example.org").orElseThrow());
        navigate(HomeView.class);

        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("8th GFMD Summit — Istanbul"));
        assertThat(find(com.vaadin.flow.component.html.Span.class).all()).extracting(com.vaadin.flow.component.html.Span::getText)
                .anyMatch(t -> t.contains("Opening plenary · Hall A (you chair)"))
                .anyMatch(t -> t.contains("Closing plenary · Hall A") && !t.contains("you chair"));
        assertThat(find(Anchor.class).withId("my-badge-" + kofi).exists()).isTrue();
        assertThat(find(Anchor.class).withId("my-badge-" + ama).exists()).isFalse();
        // marketplace: the link issue 4 waited for
        assertThat(find(com.vaadin.flow.router.RouterLink.class).all()).extracting(com.vaadin.flow.router.RouterLink::getHref)
                .contains("marketplace");
    }

    @Test
    void an_approved_attendee_without_a_printed_badge_is_told_it_comes() {
        context.getBean(UserSession.class).signIn(context.getBean(UserManagement.class).findByEmail("ama@example.org").orElseThrow());
        navigate(org.convene.ui.identity.AccountView.class);
        navigate(HomeView.class);

        assertThat(find(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").startsWith("my-badge-"));
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Your registration is approved"));
    }
}
