package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each test signs in from a source of its own, so the per-source count of one never throttles another. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest extends DatabaseTest {
    private static final String PASSWORD = "a-long-enough-secret";

    @Inject
    SignIn signIn;
    @Inject
    UserManagement users;

    @Test
    void the_right_password_is_accepted_whatever_the_case_of_the_email() {
        UserView amara = member("amara@example.org");

        SignInResult result = signIn.signIn(" AMARA@Example.org", PASSWORD, "10.0.1.1");

        assertThat(result).isEqualTo(new SignInResult.Accepted(amara));
    }

    @Test
    void a_wrong_password_is_rejected() {
        member("wrong@example.org");

        assertThat(signIn.signIn("wrong@example.org", PASSWORD + "!", "10.0.1.2")).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void an_unknown_email_is_rejected() {
        assertThat(signIn.signIn("nobody@example.org", PASSWORD, "10.0.1.3")).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void a_deactivated_user_is_rejected_even_with_the_right_password() {
        UserView leaver = member("leaver@example.org");
        users.update(leaver.id(), new UserChange("Leaver", null, null, false, leaver.grants()));

        assertThat(signIn.signIn("leaver@example.org", PASSWORD, "10.0.1.4")).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void a_missing_email_or_password_is_rejected() {
        assertThat(signIn.signIn(null, PASSWORD, "10.0.1.5")).isEqualTo(new SignInResult.Rejected());
        assertThat(signIn.signIn(" ", PASSWORD, "10.0.1.5")).isEqualTo(new SignInResult.Rejected());
        assertThat(signIn.signIn("someone@example.org", null, "10.0.1.5")).isEqualTo(new SignInResult.Rejected());
    }

    @Test
    void after_five_failures_even_the_right_password_is_throttled() {
        member("guessed@example.org");
        tryWrong("guessed@example.org", "10.0.1.6", 5);

        SignInResult result = signIn.signIn("guessed@example.org", PASSWORD, "10.0.1.6");

        assertThat(result).isInstanceOf(SignInResult.Throttled.class);
        assertThat(((SignInResult.Throttled) result).retryAfterSeconds()).isBetween(1L, 15 * 60L);
    }

    @Test
    void the_throttle_follows_the_email_to_another_source() {
        member("roaming@example.org");
        tryWrong("ROAMING@example.org", "10.0.1.7", 5);

        assertThat(signIn.signIn("roaming@example.org", PASSWORD, "10.0.1.8")).isInstanceOf(SignInResult.Throttled.class);
    }

    @Test
    void a_success_before_the_fifth_failure_starts_the_count_again() {
        member("forgetful@example.org");
        tryWrong("forgetful@example.org", "10.0.1.9", 4);
        assertThat(signIn.signIn("forgetful@example.org", PASSWORD, "10.0.1.9")).isInstanceOf(SignInResult.Accepted.class);
        tryWrong("forgetful@example.org", "10.0.1.9", 4);

        assertThat(signIn.signIn("forgetful@example.org", PASSWORD, "10.0.1.9")).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void thirty_failures_from_one_source_throttle_it_for_an_address_it_never_tried() {
        member("bystander@example.org");
        for (int i = 0; i < 30; i++) {
            signIn.signIn("spray" + i + "@example.org", PASSWORD, "10.0.1.12");
        }

        assertThat(signIn.signIn("bystander@example.org", PASSWORD, "10.0.1.12")).isInstanceOf(SignInResult.Throttled.class);
        assertThat(signIn.signIn("bystander@example.org", PASSWORD, "10.0.1.13")).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void known_and_unknown_addresses_answer_alike_so_accounts_cannot_be_enumerated() {
        member("known@example.org");

        List<String> known = kinds(tryWrong("known@example.org", "10.0.1.10", 6));
        List<String> unknown = kinds(tryWrong("unknown@example.org", "10.0.1.11", 6));

        assertThat(known).containsExactly("Rejected", "Rejected", "Rejected", "Rejected", "Rejected", "Throttled");
        assertThat(unknown).isEqualTo(known);
    }

    private UserView member(String email) {
        return users.create(new NewUser(email, "Member", PASSWORD, null, List.of(RoleGrant.of(Role.ATTENDEE))));
    }

    private List<SignInResult> tryWrong(String email, String source, int times) {
        List<SignInResult> results = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            results.add(signIn.signIn(email, "not-the-password-" + i, source));
        }
        return results;
    }

    private static List<String> kinds(List<SignInResult> results) {
        return results.stream().map(r -> r.getClass().getSimpleName()).toList();
    }
}
