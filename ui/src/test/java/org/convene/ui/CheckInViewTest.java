package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.StakeholderGroups;
import org.convene.documents.BadgeTokens;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.ui.checkin.CheckInView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desk scans a badge (a scanner types the token and Enter) and sees who came in. */
@ViewPackages(packages = "org.convene.ui")
class CheckInViewTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView desk;
    private static long registrationId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        Actor office = Actor.of(users.create(new NewUser("office@example.org", "Office", "office-secret", "en",
                List.of(RoleGrant.of(Role.CHAIR_OFFICE)))));
        desk = users.create(new NewUser("desk@example.org", "Desk", "check-in-secret", "en", List.of(RoleGrant.of(Role.CHECK_IN))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("BD"), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).id();
        long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "9th GFMD Summit", 9, "Dhaka",
                "Bangabandhu International Conference Center", LocalDate.of(2016, 12, 10), LocalDate.of(2016, 12, 12), null)).id();
        long group = context.getBean(StakeholderGroups.class).create(office, summit, new GroupCommand(GroupKind.STATE_DELEGATION, "BD", null, 5, Map.of())).id();
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        registrationId = registrations.nominate(office, group, new Person("রহিম", "উদ্দিন", "Rahim", "Uddin", "Ministry of Expatriates",
                null, "BD", "BD", null, "rahim@example.org", DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(office, registrationId);
        context.getBean(org.convene.delegations.BadgePrinting.class).badge(office, registrationId);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private void scan(String token) {
        test(find(TextField.class).single()).setValue(token);
    }

    @Test
    void a_valid_badge_checks_the_person_in_and_a_forged_one_is_refused() {
        context.getBean(UserSession.class).signIn(desk);
        navigate(CheckInView.class);

        scan(context.getBean(BadgeTokens.class).issue(registrationId));
        assertThat(context.getBean(DelegateRegistration.class).find(Actor.of(desk), registrationId).status()).isEqualTo(RegistrationStatus.CHECKED_IN);
        assertThat(find(Div.class).withId("check-in-result").single().getElement().getTextRecursively()).contains("Rahim Uddin");

        scan("not-a-badge");
        assertThat(find(Div.class).withId("check-in-result").single().getElement().getTextRecursively()).contains("Not a valid Convene badge");
    }
}
