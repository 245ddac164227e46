package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.delegations.GroupKind;
import org.convene.delegations.PersonalData;
import org.convene.identity.Invitations;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Approval makes the person an attendee with an account and a link to choose a password, sent with
 * the approval mail; withdrawal takes the access away at once; erasure leaves no account.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendeeAccountsTest extends DelegationsModuleTest {
    private static final Pattern LINK = Pattern.compile("http://localhost:8080/password\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a-long-enough-secret";
    @Inject
    UserManagement users;
    @Inject
    Invitations invitations;
    @Inject
    SignIn signIn;
    @Inject
    PersonalData personalData;
    @Inject
    org.convene.delegations.BadgePrinting badges;
    @Inject
    org.convene.delegations.AttendeeInvitations resend;
    private long civilSociety;
    private int source;

    @BeforeEach
    void aGroupAndNoAccounts() {
        tables.update("DELETE FROM mail_outbox");
        tables.update("DELETE FROM identity_user");
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 5);
        source++;
    }

    private String approvalMailTo(String email) {
        return tables.text("SELECT body FROM mail_outbox WHERE recipient = '" + email + "' ORDER BY id DESC LIMIT 1");
    }

    private SignInResult signIn(String email, String password) {
        return signIn.signIn(email, password, "198.51.100." + source);
    }

    @Test
    void an_approved_delegate_gets_an_attendee_account_and_a_link_to_choose_a_password() {
        long id = nominate(civilSociety, "amina@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);

        UserView account = users.findByEmail("amina@example.org").orElseThrow();
        assertThat(account.grants()).containsExactly(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin)));
        assertThat(signIn("amina@example.org", PASSWORD)).isEqualTo(new SignInResult.Rejected());
        Matcher link = LINK.matcher(approvalMailTo("amina@example.org"));
        assertThat(link.find()).as("the approval mail carries the link").isTrue();

        invitations.setPassword(link.group(1), PASSWORD);
        assertThat(signIn("amina@example.org", PASSWORD)).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void someone_who_already_signs_in_is_told_to_use_their_account_and_keeps_their_roles() {
        users.create(new NewUser("lead@example.org", "Lead", PASSWORD, "fr", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        long id = nominate(civilSociety, "lead@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);

        String body = approvalMailTo("lead@example.org");
        assertThat(body).contains("http://localhost:8080/login").doesNotContain("token=");
        assertThat(body).contains("Connectez-vous");
        assertThat(users.findByEmail("lead@example.org").orElseThrow().grants())
                .containsExactlyInAnyOrder(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"), new RoleGrant(Role.ATTENDEE, String.valueOf(berlin)));
    }

    @Test
    void a_withdrawn_attendee_cannot_sign_in_any_more() {
        long id = nominate(civilSociety, "omar@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        Matcher link = LINK.matcher(approvalMailTo("omar@example.org"));
        assertThat(link.find()).isTrue();
        invitations.setPassword(link.group(1), PASSWORD);

        registration.withdraw(Actors.CIVIL_SOCIETY_LEAD, id);

        assertThat(signIn("omar@example.org", PASSWORD)).isEqualTo(new SignInResult.Rejected());
        assertThat(users.findByEmail("omar@example.org").orElseThrow().grants()).isEmpty();
    }

    @Test
    void an_erased_person_leaves_no_account() {
        long id = nominate(civilSociety, "leila@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        assertThat(users.findByEmail("leila@example.org")).isPresent();

        personalData.erase(Actors.CHAIR_OFFICE, id);

        assertThat(users.findByEmail("leila@example.org")).isEmpty();
    }

    @Test
    void an_attendee_sees_only_their_own_registrations_and_downloads_their_badge_without_revoking_it() {
        long id = nominate(civilSociety, "kofi@example.org").id();
        long other = nominate(civilSociety, "ama@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        registration.approve(Actors.CHAIR_OFFICE, other);
        org.convene.delegations.Actor kofi = org.convene.delegations.Actor.of(users.findByEmail("kofi@example.org").orElseThrow());

        assertThat(registration.own(kofi)).extracting(org.convene.delegations.RegistrationView::id).containsExactly(id);
        org.convene.testing.Problem.conflict(() -> badges.ownBadge(kofi, id), "status", "badge.not-issued");

        badges.badge(Actors.CHAIR_OFFICE, id);
        long serial = tables.number("SELECT serial FROM delegation_badge WHERE registration_id = " + id);
        byte[] copy = badges.ownBadge(kofi, id);

        assertThat(new String(copy, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(tables.number("SELECT serial FROM delegation_badge WHERE registration_id = " + id)).isEqualTo(serial);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> badges.ownBadge(kofi, other))
                .isInstanceOf(org.convene.platform.NotFoundException.class);
    }

    @Test
    void the_chair_office_resends_an_invitation_and_the_first_link_stops_working() {
        long id = nominate(civilSociety, "lost@example.org").id();
        org.convene.testing.Problem.conflict(() -> resend.resend(Actors.CHAIR_OFFICE, id), "status", "invitation.not-approved");
        registration.approve(Actors.CHAIR_OFFICE, id);
        Matcher first = LINK.matcher(approvalMailTo("lost@example.org"));
        assertThat(first.find()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resend.resend(Actors.CIVIL_SOCIETY_LEAD, id))
                .isInstanceOf(org.convene.platform.AccessDeniedException.class);

        assertThat(resend.resend(Actors.CHAIR_OFFICE, id)).isTrue();

        String body = approvalMailTo("lost@example.org");
        assertThat(body).contains("here is a new link");
        Matcher second = LINK.matcher(body);
        assertThat(second.find()).isTrue();
        assertThat(invitations.check(first.group(1))).isEmpty();
        invitations.setPassword(second.group(1), PASSWORD);
        assertThat(signIn("lost@example.org", PASSWORD)).isInstanceOf(SignInResult.Accepted.class);
        assertThat(resend.resend(Actors.CHAIR_OFFICE, id)).as("nothing to resend once a password is chosen").isFalse();
    }
}
