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
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegatePhotos;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.ui.base.Formats;
import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import javax.imageio.ImageIO;
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
    private static Actor office;
    private static long group;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = Actor.of(users.create(new NewUser("office@example.org", "Office", "office-secret", "en",
                List.of(RoleGrant.of(Role.CHAIR_OFFICE)))));
        desk = users.create(new NewUser("desk@example.org", "Desk", "check-in-secret", "en", List.of(RoleGrant.of(Role.CHECK_IN))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("BD"), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).id();
        long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "9th GFMD Summit", 9, "Dhaka",
                "Bangabandhu International Conference Center", LocalDate.of(2016, 12, 10), LocalDate.of(2016, 12, 12), null)).id();
        group = context.getBean(StakeholderGroups.class).create(office, summit, new GroupCommand(GroupKind.STATE_DELEGATION, "BD", null, 5, Map.of())).id();
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        registrationId = registrations.nominate(office, group, new Person("রহিম", "উদ্দিন", "Rahim", "Uddin", "Ministry of Expatriates",
                null, "BD", "BD", null, "rahim@example.org", DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(office, registrationId);
        context.getBean(BadgePrinting.class).badge(office, registrationId);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private void scan(String token) {
        test(find(TextField.class).single()).setValue(token);
    }

    private String shown() {
        return find(Div.class).withId("check-in-result").single().getElement().getTextRecursively();
    }

    /** A registration with a printed badge; {@code prints} times printed, so the last serial is {@code prints}. */
    private static long printed(String email, String given, String family, int prints) {
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        long id = registrations.nominate(office, group, new Person(given, family, null, null, "Ministry of Foreign Affairs",
                null, "BD", "BD", null, email, DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(office, id);
        for (int i = 0; i < prints; i++) {
            context.getBean(BadgePrinting.class).badge(office, id);
        }
        return id;
    }

    private static String token(long id, int serial) {
        return context.getBean(BadgeTokens.class).issue(new BadgeToken(id, serial));
    }

    @Test
    void a_second_scan_shows_when_and_by_whom_the_person_was_checked_in() {
        long id = printed("twice@example.org", "Farida", "Yasmin", 1);
        context.getBean(DelegatePhotos.class).set(office, id, jpeg());
        context.getBean(UserSession.class).signIn(desk);
        navigate(CheckInView.class);

        scan(token(id, 1));
        assertThat(shown()).contains("Farida Yasmin", "Delegation of Bangladesh", "Checked in").doesNotContain("Already");
        assertThat(find(Image.class).single().getSrc()).startsWith("data:image/jpeg;base64,");
        scan(token(id, 1));

        Instant at = context.getBean(DelegateRegistration.class).history(office, id).getLast().at();
        assertThat(shown()).contains("Farida Yasmin", "Already checked in on " + Formats.dateTime(at, Locale.ENGLISH) + " by Desk");
    }

    @Test
    void a_withdrawn_registrations_badge_and_a_reprinted_badges_old_token_are_refused() {
        long withdrawn = printed("withdrawn@example.org", "Karim", "Hossain", 1);
        context.getBean(DelegateRegistration.class).withdraw(office, withdrawn);
        long reprinted = printed("reprinted@example.org", "Nusrat", "Jahan", 2);
        context.getBean(UserSession.class).signIn(desk);
        navigate(CheckInView.class);

        scan(token(withdrawn, 1));
        assertThat(shown()).contains("This badge is revoked").doesNotContain("Karim");
        scan(token(reprinted, 1));
        assertThat(shown()).contains("replaced by a reprint");
        scan(token(reprinted, 2));
        assertThat(shown()).contains("Nusrat Jahan");
        assertThat(context.getBean(DelegateRegistration.class).find(office, withdrawn).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(300, 375, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
