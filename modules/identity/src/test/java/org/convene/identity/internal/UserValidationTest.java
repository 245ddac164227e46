package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserLimits;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserValidationTest extends DatabaseTest {
    private static final String PASSWORD = "a-long-enough-secret";

    @Inject
    UserManagement users;

    @Test
    void every_invalid_field_of_a_new_user_is_reported_at_once_and_nothing_is_stored() {
        int before = users.list().size();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> users.create(
                new NewUser("not-an-email", "  ", "short", "de", List.of(new RoleGrant(Role.FOCAL_POINT, "XX")))));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                tuple("email", "validation.email"),
                tuple("displayName", "validation.required"),
                tuple("password", "user.password.short"),
                tuple("language", "user.language.invalid"),
                tuple("grants", "user.grant.state"));
        assertThat(users.list()).hasSize(before);
        assertThat(users.findByEmail("not-an-email")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "two@@example.org", "no-dot@example", "space in@example.org"})
    void an_address_that_is_not_an_email_is_refused(String email) {
        Problem.invalid(() -> users.create(new NewUser(email, "Someone", PASSWORD, null, List.of())), "email", "validation.email");
    }

    @Test
    void a_new_user_needs_an_email_and_a_password() {
        Problem.invalid(() -> users.create(new NewUser(null, "Someone", PASSWORD, null, List.of())), "email", "validation.required");
        Problem.invalid(() -> users.create(new NewUser("nopass@example.org", "Someone", null, null, List.of())),
                "password", "validation.required");
        assertThat(users.findByEmail("nopass@example.org")).isEmpty();
    }

    @Test
    void a_name_or_password_past_its_limit_is_refused() {
        Problem.invalid(() -> users.create(new NewUser("long@example.org", "n".repeat(UserLimits.NAME_MAX + 1), PASSWORD, null, List.of())),
                "displayName", "validation.too-long");
        Problem.invalid(() -> users.create(new NewUser("long@example.org", "Long", "p".repeat(UserLimits.PASSWORD_MAX + 1), null, List.of())),
                "password", "validation.too-long");
    }

    @Test
    void a_name_and_a_scope_at_their_limits_are_stored_whole_even_outside_the_basic_plane() {
        String name = "\uD840\uDC00".repeat(UserLimits.NAME_MAX);
        RoleGrant roundtable = new RoleGrant(Role.RAPPORTEUR, "\uD840\uDC01".repeat(GrantRules.SCOPE_MAX));

        UserView created = users.create(new NewUser("limits@example.org", name, PASSWORD, null, List.of(roundtable)));

        assertThat(users.find(created.id()).orElseThrow()).extracting(UserView::displayName, UserView::grants)
                .containsExactly(name, List.of(roundtable));
    }

    @Test
    void a_refused_update_leaves_the_user_as_it_was() {
        UserView user = users.create(new NewUser("steady@example.org", "Steady", PASSWORD, "fr", List.of(RoleGrant.of(Role.ATTENDEE))));

        Problem.invalid(() -> users.update(user.id(), new UserChange("", "short", "de", false,
                List.of(new RoleGrant(Role.CHAIR_OFFICE, "DE")))), "grants", "user.grant.no-scope");

        assertThat(users.find(user.id())).contains(user);
    }

    @Test
    void a_language_other_than_english_french_or_spanish_is_refused() {
        UserView user = users.create(new NewUser("lingo@example.org", "Lingo", PASSWORD, null, List.of()));

        Problem.invalid(() -> users.changeLanguage(user.id(), "de"), "language", "user.language.invalid");
        Problem.invalid(() -> users.changeLanguage(user.id(), null), "language", "validation.required");
        assertThat(users.find(user.id()).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void a_user_may_change_their_own_language() {
        UserView user = users.create(new NewUser("speaks@example.org", "Speaks", PASSWORD, null, List.of()));

        users.changeLanguage(user.id(), "es");

        assertThat(users.find(user.id()).orElseThrow().language()).isEqualTo("es");
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> users.update(999_999, new UserChange("Nobody", null, null, true, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.changeLanguage(999_999, "fr")).isInstanceOf(NotFoundException.class);
        assertThat(users.find(999_999)).isEmpty();
        assertThat(users.exists(999_999)).isFalse();
    }
}
