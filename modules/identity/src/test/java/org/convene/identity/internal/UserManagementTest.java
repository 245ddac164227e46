package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserManagementTest extends DatabaseTest {
    private static final String PASSWORD = "a-long-enough-secret";
    private static final List<RoleGrant> LEAD_AND_FOCAL_POINT =
            List.of(new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"), new RoleGrant(Role.FOCAL_POINT, "MA"));

    @Inject
    UserManagement users;
    @Inject
    UserAccounts accounts;
    @Inject
    PasswordHasher hasher;

    @BeforeEach
    void noAccounts() {
        // Also removes the chair office made at start-up, so anyActiveWith starts from nothing; grants go by cascade.
        accounts.deleteAll();
    }

    @Test
    void a_created_user_is_answered_and_found_with_its_grants() {
        UserView created = users.create(new NewUser("amina@example.org", " Amina Diallo ", PASSWORD, "fr", LEAD_AND_FOCAL_POINT));

        assertThat(created).extracting(UserView::email, UserView::displayName, UserView::language, UserView::active)
                .containsExactly("amina@example.org", "Amina Diallo", "fr", true);
        assertThat(created.grants()).containsExactlyInAnyOrderElementsOf(LEAD_AND_FOCAL_POINT);
        assertThat(users.find(created.id())).contains(created);
        assertThat(users.list()).containsExactly(created);
    }

    @Test
    void a_user_without_a_language_speaks_english() {
        assertThat(users.create(user("nolang@example.org")).language()).isEqualTo("en");
    }

    @Test
    void the_email_is_stored_in_lower_case_and_found_in_any_case() {
        UserView created = users.create(user("  Kofi.Mensah@Example.ORG "));

        assertThat(created.email()).isEqualTo("kofi.mensah@example.org");
        assertThat(users.findByEmail("KOFI.MENSAH@example.org")).contains(created);
    }

    @Test
    void languages_are_read_for_many_addresses_at_once_and_an_inactive_account_has_no_active_email() {
        UserView amina = users.create(new NewUser("amina@example.org", "Amina", PASSWORD, "fr", List.of()));
        users.create(new NewUser("oleg@example.org", "Oleg", PASSWORD, "es", List.of()));

        assertThat(users.languagesByEmail(List.of("AMINA@example.org", "oleg@example.org", "nobody@example.org")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("amina@example.org", "fr", "oleg@example.org", "es"));
        assertThat(users.languagesByEmail(List.of())).isEmpty();
        assertThat(users.activeEmail(amina.id())).contains("amina@example.org");

        users.update(amina.id(), new UserChange("Amina", null, "fr", false, List.of()));
        assertThat(users.activeEmail(amina.id())).isEmpty();
    }

    @Test
    void an_email_taken_in_any_case_is_a_conflict_and_no_second_account_is_made() {
        users.create(user("grace@example.org"));

        Problem.conflict(() -> users.create(user("GRACE@Example.org")), "email", "user.email.taken");
        assertThat(users.list()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ليلى الحسن", "王小明", "Иван Петрович Сидоров"})
    void names_in_any_script_are_kept_as_given(String name) {
        UserView created = users.create(new NewUser("script-" + name.length() + "@example.org", name, PASSWORD, null, List.of()));

        assertThat(users.find(created.id()).orElseThrow().displayName()).isEqualTo(name);
    }

    @Test
    void an_update_changes_name_language_activity_and_grants() {
        UserView before = users.create(user("lin@example.org"));

        UserView after = users.update(before.id(), new UserChange("Lin Wei", null, "es", false, LEAD_AND_FOCAL_POINT));

        assertThat(after).extracting(UserView::email, UserView::displayName, UserView::language, UserView::active)
                .containsExactly("lin@example.org", "Lin Wei", "es", false);
        assertThat(after.grants()).containsExactlyInAnyOrderElementsOf(LEAD_AND_FOCAL_POINT);
        assertThat(users.find(before.id())).contains(after);
    }

    @Test
    void an_update_without_a_password_keeps_the_password() {
        UserView user = users.create(user("keep@example.org"));
        String hashBefore = storedHash("keep@example.org");

        users.update(user.id(), new UserChange("Keeps", null, null, true, List.of()));

        assertThat(storedHash("keep@example.org")).isEqualTo(hashBefore);
    }

    @Test
    void an_update_with_a_password_replaces_it() {
        UserView user = users.create(user("renew@example.org"));

        users.update(user.id(), new UserChange("Renews", "a-brand-new-secret", null, true, List.of()));

        assertThat(hasher.matches("a-brand-new-secret", storedHash("renew@example.org"))).isTrue();
        assertThat(hasher.matches(PASSWORD, storedHash("renew@example.org"))).isFalse();
    }

    @Test
    void the_stored_password_is_an_argon2id_hash_and_no_view_carries_it() {
        users.create(user("hash@example.org"));

        assertThat(storedHash("hash@example.org")).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(Arrays.stream(UserView.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.toLowerCase().contains("password") || name.toLowerCase().contains("hash"));
    }

    @Test
    void an_active_chair_office_is_seen() {
        assertThat(users.anyActiveWith(Role.CHAIR_OFFICE)).isFalse();

        users.create(new NewUser("chair@example.org", "Chair", PASSWORD, null, List.of(RoleGrant.of(Role.CHAIR_OFFICE))));

        assertThat(users.anyActiveWith(Role.CHAIR_OFFICE)).isTrue();
    }

    @Test
    void a_deactivated_chair_office_does_not_count_as_one() {
        UserView chair = users.create(new NewUser("gone@example.org", "Gone", PASSWORD, null, List.of(RoleGrant.of(Role.CHAIR_OFFICE))));

        users.update(chair.id(), new UserChange("Gone", null, null, false, List.of(RoleGrant.of(Role.CHAIR_OFFICE))));

        assertThat(users.anyActiveWith(Role.CHAIR_OFFICE)).isFalse();
    }

    @Test
    void a_scoped_grant_is_added_once_and_revoked_alone() {
        UserView rahul = users.create(new NewUser("rahul@example.org", "Rahul", PASSWORD, null, List.of(RoleGrant.of(Role.ATTENDEE))));

        users.grant(rahul.id(), new RoleGrant(Role.RAPPORTEUR, "12"));
        users.grant(rahul.id(), new RoleGrant(Role.RAPPORTEUR, " 12 "));
        users.grant(rahul.id(), new RoleGrant(Role.RAPPORTEUR, "13"));
        assertThat(users.find(rahul.id()).orElseThrow().grants()).containsExactlyInAnyOrder(RoleGrant.of(Role.ATTENDEE),
                new RoleGrant(Role.RAPPORTEUR, "12"), new RoleGrant(Role.RAPPORTEUR, "13"));

        users.revoke(rahul.id(), new RoleGrant(Role.RAPPORTEUR, "12"));
        users.revoke(rahul.id(), new RoleGrant(Role.RAPPORTEUR, "99"));
        assertThat(users.find(rahul.id()).orElseThrow().grants())
                .containsExactlyInAnyOrder(RoleGrant.of(Role.ATTENDEE), new RoleGrant(Role.RAPPORTEUR, "13"));
    }

    @Test
    void a_grant_for_an_unknown_user_or_with_a_wrong_scope_is_refused() {
        UserView rahul = users.create(user("rahul2@example.org"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.grant(424242, new RoleGrant(Role.RAPPORTEUR, "1")))
                .isInstanceOf(org.convene.platform.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.grant(rahul.id(), new RoleGrant(Role.CHAIR_OFFICE, "1")))
                .isInstanceOf(org.convene.platform.InvalidInputException.class);
        assertThat(users.find(rahul.id()).orElseThrow().grants()).containsExactly(RoleGrant.of(Role.ATTENDEE));
    }

    private String storedHash(String email) {
        return accounts.findByEmail(email).orElseThrow().passwordHash();
    }

    private static NewUser user(String email) {
        return new NewUser(email, "Someone", PASSWORD, null, List.of(RoleGrant.of(Role.ATTENDEE)));
    }
}
