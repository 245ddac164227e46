package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.convene.identity.ApiTokenView;
import org.convene.identity.ApiTokens;
import org.convene.identity.NewApiToken;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.NotFoundException;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensTest extends DatabaseTest {
    @Inject
    ApiTokens tokens;
    @Inject
    UserManagement users;
    @Inject
    ApiTokenRows rows;

    @Test
    void a_new_token_is_shown_once_in_clear_and_listed_by_name_and_prefix_only() {
        UserView owner = member("lister@example.org");

        NewApiToken created = tokens.create(owner.id(), " CI pipeline ");

        assertThat(created.token()).startsWith("cvn_").hasSize(47);
        assertThat(tokens.list(owner.id())).singleElement().satisfies(view -> {
            assertThat(view).extracting(ApiTokenView::id, ApiTokenView::name, ApiTokenView::prefix, ApiTokenView::lastUsedAt, ApiTokenView::revoked)
                    .containsExactly(created.id(), "CI pipeline", created.token().substring(0, 10), null, false);
            assertThat(view.toString()).doesNotContain(created.token().substring(10));
        });
    }

    @Test
    void only_a_hash_of_the_token_is_stored() {
        NewApiToken created = tokens.create(member("hashed@example.org").id(), "laptop");

        assertThat(rows.findById(created.id()).orElseThrow().tokenHash()).hasSize(64).doesNotContain(created.token().substring(4));
    }

    @Test
    void a_token_authenticates_its_user_and_marks_when_it_was_used() {
        UserView owner = member("caller@example.org");
        NewApiToken created = tokens.create(owner.id(), "script");

        assertThat(tokens.authenticate(created.token())).contains(owner);
        assertThat(tokens.list(owner.id()).getFirst().lastUsedAt()).isNotNull();
    }

    @Test
    void the_last_use_is_written_at_most_once_a_minute_not_on_every_call() {
        UserView owner = member("busy-caller@example.org");
        NewApiToken created = tokens.create(owner.id(), "load");
        java.time.Instant longAgo = java.time.Instant.parse("2020-01-01T00:00:00Z");

        tokens.authenticate(created.token());
        java.time.Instant first = tokens.list(owner.id()).getFirst().lastUsedAt();
        tokens.authenticate(created.token());
        assertThat(tokens.list(owner.id()).getFirst().lastUsedAt()).isEqualTo(first);

        rows.updateLastUsedAt(created.id(), longAgo);
        tokens.authenticate(created.token());
        assertThat(tokens.list(owner.id()).getFirst().lastUsedAt()).isAfter(longAgo.plus(ApiTokenService.LAST_USED_PRECISION));
    }

    @Test
    void a_revoked_token_no_longer_authenticates_and_is_listed_as_revoked() {
        UserView owner = member("revoker@example.org");
        NewApiToken created = tokens.create(owner.id(), "old laptop");

        tokens.revoke(owner.id(), created.id());

        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.list(owner.id()).getFirst().revoked()).isTrue();
    }

    @Test
    void a_forged_or_malformed_token_does_not_authenticate() {
        NewApiToken real = tokens.create(member("forged@example.org").id(), "real");
        String lastCharChanged = real.token().substring(0, 46) + (real.token().endsWith("A") ? "B" : "A");

        assertThat(tokens.authenticate(lastCharChanged)).isEmpty();
        assertThat(tokens.authenticate("cvn_" + "x".repeat(43))).isEmpty();
        assertThat(tokens.authenticate(real.token().substring(4))).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
    }

    @Test
    void the_token_of_a_deactivated_user_does_not_authenticate() {
        UserView owner = member("departed@example.org");
        NewApiToken created = tokens.create(owner.id(), "cron");

        users.update(owner.id(), new UserChange("Departed", null, null, false, owner.grants()));

        assertThat(tokens.authenticate(created.token())).isEmpty();
    }

    @Test
    void a_user_cannot_revoke_another_users_token() {
        UserView owner = member("owner@example.org");
        UserView other = member("other@example.org");
        NewApiToken created = tokens.create(owner.id(), "mine");

        assertThatThrownBy(() -> tokens.revoke(other.id(), created.id())).isInstanceOf(NotFoundException.class);
        assertThat(tokens.authenticate(created.token())).contains(owner);
    }

    @Test
    void each_user_lists_only_their_own_tokens() {
        UserView first = member("first-lister@example.org");
        UserView second = member("second-lister@example.org");
        tokens.create(first.id(), "first's");
        tokens.create(second.id(), "second's");

        assertThat(tokens.list(first.id())).extracting(ApiTokenView::name).containsExactly("first's");
    }

    @Test
    void a_token_needs_a_name_of_at_most_a_hundred_characters() {
        long owner = member("unnamed@example.org").id();

        Problem.invalid(() -> tokens.create(owner, "  "), "name", "validation.required");
        Problem.invalid(() -> tokens.create(owner, "n".repeat(101)), "name", "validation.too-long");
        assertThat(tokens.list(owner)).isEmpty();
    }

    @Test
    void a_token_for_an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> tokens.create(999_999, "ghost")).isInstanceOf(NotFoundException.class);
    }

    private UserView member(String email) {
        return users.create(new NewUser(email, "Member", "a-long-enough-secret", null, List.of(RoleGrant.of(Role.ATTENDEE))));
    }
}
