package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.convene.identity.AttendeeAccount;
import org.convene.identity.Invitations;
import org.convene.identity.NewUser;
import org.convene.identity.PasswordLink;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Problem;
import org.convene.testing.Sql;
import org.convene.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Invitation and reset links on the real database, with a clock the tests move. */
@MicronautTest(transactional = false, environments = InvitationsTest.ENV)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationsTest extends DatabaseTest {
    static final String ENV = "invitations-test";
    private static final String PASSWORD = "a-long-enough-secret";
    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    @Inject
    Invitations invitations;
    @Inject
    UserManagement users;
    @Inject
    SignIn signIn;
    @Inject
    MovableClock clock;
    @Inject
    DataSource dataSource;
    private int source;

    @Singleton
    @Replaces(Clock.class)
    @Requires(env = ENV)
    static class MovableClock extends TestClock {
        MovableClock() {
            super(START);
        }
    }

    @BeforeEach
    void now() {
        clock.set(START);
        source++;
    }

    private SignInResult signIn(String email, String password) {
        return signIn.signIn(email, password, "203.0.113." + source);
    }

    @Test
    void an_approved_attendee_follows_the_invitation_sets_a_password_and_signs_in() {
        AttendeeAccount account = invitations.inviteAttendee("Nadia@Example.org", "Nadia Haddad", "fr", 12);

        assertThat(account.user().grants()).containsExactly(new RoleGrant(Role.ATTENDEE, "12"));
        assertThat(account.user().language()).isEqualTo("fr");
        PasswordLink link = account.invitation();
        assertThat(link.purpose()).isEqualTo(PasswordLink.Purpose.INVITATION);
        assertThat(link.expiresAt()).isEqualTo(START.plus(Invitations.INVITATION_VALIDITY));
        assertThat(link.toString()).doesNotContain(link.token());
        assertThat(new Sql(dataSource).number("SELECT COUNT(*) FROM identity_password_link WHERE token_hash = '" + link.token() + "'")).isZero();
        assertThat(signIn("nadia@example.org", PASSWORD)).isEqualTo(new SignInResult.Rejected());

        assertThat(invitations.check(link.token())).map(PasswordLink::email).contains("nadia@example.org");
        invitations.setPassword(link.token(), PASSWORD);

        assertThat(signIn("nadia@example.org", PASSWORD)).isInstanceOf(SignInResult.Accepted.class);
        Problem.invalid(() -> invitations.setPassword(link.token(), "another-long-secret"), "token", InvitationService.INVALID);
        assertThat(invitations.check(link.token())).isEmpty();
    }

    @Test
    void expired_forged_and_superseded_links_are_refused() {
        PasswordLink first = invitations.inviteAttendee("omar@example.org", "Omar", "en", 12).invitation();
        PasswordLink second = invitations.resendInvitation(first.userId()).orElseThrow();

        Problem.invalid(() -> invitations.setPassword(first.token(), PASSWORD), "token", InvitationService.INVALID);
        Problem.invalid(() -> invitations.setPassword(second.token() + "x", PASSWORD), "token", InvitationService.INVALID);
        Problem.invalid(() -> invitations.setPassword("", PASSWORD), "token", InvitationService.INVALID);
        Problem.invalid(() -> invitations.setPassword("A".repeat(500), PASSWORD), "token", InvitationService.INVALID);
        clock.advance(Invitations.INVITATION_VALIDITY.plusSeconds(1));
        Problem.invalid(() -> invitations.setPassword(second.token(), PASSWORD), "token", InvitationService.INVALID);
        assertThat(signIn("omar@example.org", PASSWORD)).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void a_too_short_password_is_refused_and_the_link_stays_usable() {
        PasswordLink link = invitations.inviteAttendee("lena@example.org", "Lena", "en", 12).invitation();

        Problem.invalid(() -> invitations.setPassword(link.token(), "short"), "password", "user.password.short");

        assertThat(invitations.check(link.token())).isPresent();
    }

    @Test
    void a_person_at_two_summits_keeps_one_account_and_loses_only_the_summit_withdrawn_from() {
        AttendeeAccount dubai = invitations.inviteAttendee("kofi@example.org", "Kofi", "en", 13);
        invitations.setPassword(dubai.invitation().token(), PASSWORD);
        AttendeeAccount quito = invitations.inviteAttendee("KOFI@example.org", "Kofi Mensah", "en", 12);

        assertThat(quito.user().id()).isEqualTo(dubai.user().id());
        assertThat(quito.invitation()).as("already has a password").isNull();
        assertThat(quito.user().grants()).containsExactlyInAnyOrder(new RoleGrant(Role.ATTENDEE, "13"), new RoleGrant(Role.ATTENDEE, "12"));

        invitations.endAttendance(dubai.user().id(), 13);
        assertThat(signIn("kofi@example.org", PASSWORD)).isInstanceOf(SignInResult.Accepted.class);
        invitations.endAttendance(dubai.user().id(), 12);
        assertThat(signIn("kofi@example.org", PASSWORD)).isEqualTo(new SignInResult.Rejected());
        assertThat(users.find(dubai.user().id())).map(UserView::active).contains(false);

        // Approved again later: the account comes back with the same password.
        invitations.inviteAttendee("kofi@example.org", "Kofi", "en", 14);
        assertThat(signIn("kofi@example.org", PASSWORD)).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void a_withdrawn_invitee_cannot_use_the_link_they_were_sent() {
        PasswordLink link = invitations.inviteAttendee("sara@example.org", "Sara", "es", 12).invitation();

        invitations.endAttendance(link.userId(), 12);

        Problem.invalid(() -> invitations.setPassword(link.token(), PASSWORD), "token", InvitationService.INVALID);
    }

    @Test
    void a_reset_link_is_given_only_for_an_active_account_and_the_caller_cannot_tell() {
        UserView staff = users.create(new NewUser("staff@example.org", "Staff", PASSWORD, "en", List.of(RoleGrant.of(Role.CHECK_IN))));

        Optional<PasswordLink> link = invitations.requestReset(" Staff@example.org ", "198.51.100.1");
        assertThat(invitations.requestReset("nobody@example.org", "198.51.100.1")).isEmpty();

        assertThat(link).isPresent();
        assertThat(link.get().expiresAt()).isEqualTo(START.plus(Invitations.RESET_VALIDITY));
        Sql sql = new Sql(dataSource);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'staff@example.org'"
                + " AND body LIKE '%/password?token=" + link.get().token() + "%'")).isEqualTo(1);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'nobody@example.org'")).isZero();
        invitations.setPassword(link.get().token(), "a-brand-new-secret");
        assertThat(signIn("staff@example.org", PASSWORD)).isEqualTo(new SignInResult.Rejected());
        assertThat(signIn("staff@example.org", "a-brand-new-secret")).isInstanceOf(SignInResult.Accepted.class);
        assertThat(staff.id()).isEqualTo(link.get().userId());
    }

    @Test
    void reset_requests_are_limited_per_address_and_per_source() {
        users.create(new NewUser("busy@example.org", "Busy", PASSWORD, "en", List.of(RoleGrant.of(Role.CHECK_IN))));
        for (int i = 0; i < ResetThrottle.PER_ADDRESS; i++) {
            assertThat(invitations.requestReset("busy@example.org", "198.51.100." + (10 + i))).isPresent();
        }
        assertThat(invitations.requestReset("busy@example.org", "198.51.100.99")).isEmpty();
        clock.advance(ResetThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(invitations.requestReset("busy@example.org", "198.51.100.99")).isPresent();

        for (int i = 0; i < ResetThrottle.PER_SOURCE; i++) {
            invitations.requestReset("probe" + i + "@example.org", "192.0.2.200");
        }
        assertThat(invitations.requestReset("busy@example.org", "192.0.2.200")).isEmpty();
    }

    @Test
    void forgetting_the_last_attendance_removes_the_account_but_not_while_another_remains() {
        long userId = invitations.inviteAttendee("twice@example.org", "Twice", "en", 12).user().id();
        invitations.inviteAttendee("twice@example.org", "Twice", "en", 13);

        invitations.forgetAttendance(userId, 12);
        assertThat(users.find(userId)).map(UserView::grants).contains(List.of(new RoleGrant(Role.ATTENDEE, "13")));
        invitations.forgetAttendance(userId, 13);
        assertThat(users.find(userId)).isEmpty();
    }

    @Test
    void an_erased_account_is_gone_with_its_links() {
        PasswordLink link = invitations.inviteAttendee("gone@example.org", "Gone", "en", 12).invitation();

        invitations.erase(link.userId());

        assertThat(users.find(link.userId())).isEmpty();
        assertThat(new Sql(dataSource).number("SELECT COUNT(*) FROM identity_password_link WHERE user_id = " + link.userId())).isZero();
        Problem.invalid(() -> invitations.setPassword(link.token(), PASSWORD), "token", InvitationService.INVALID);
    }
}
