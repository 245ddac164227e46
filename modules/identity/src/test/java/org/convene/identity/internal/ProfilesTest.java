package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.NotFoundException;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfilesTest extends DatabaseTest {
    @Inject
    Profiles profiles;
    @Inject
    UserManagement users;

    private UserView someone(String email) {
        return users.create(new NewUser(email, "Someone", "a-long-enough-secret", null, List.of(RoleGrant.of(Role.ATTENDEE))));
    }

    @Test
    void nobody_is_findable_until_they_say_so() {
        UserView user = someone("quiet@example.org");

        assertThat(profiles.of(user.id())).isEqualTo(Profile.empty());
        assertThat(profiles.of(user.id()).findable()).isFalse();
    }

    @Test
    void a_person_tells_about_themselves_in_any_script_and_changes_it_later() {
        UserView user = someone("open@example.org");

        profiles.update(user.id(), new Profile("  Работаю с трудовыми мигрантами. ", "labour mobility, 移民", true));
        assertThat(profiles.of(user.id())).isEqualTo(new Profile("Работаю с трудовыми мигрантами.", "labour mobility, 移民", true));

        profiles.update(user.id(), new Profile(" ", null, false));
        assertThat(profiles.of(user.id())).isEqualTo(Profile.empty());
    }

    @Test
    void an_over_long_bio_is_refused_and_nothing_changes() {
        UserView user = someone("long@example.org");
        profiles.update(user.id(), new Profile("Short.", null, true));

        Problem.invalid(() -> profiles.update(user.id(), new Profile("x".repeat(Profile.BIO_MAX + 1), "y".repeat(Profile.INTERESTS_MAX + 1), false)),
                "bio", "validation.too-long");

        assertThat(profiles.of(user.id())).isEqualTo(new Profile("Short.", null, true));
        assertThatThrownBy(() -> profiles.update(999_999, Profile.empty())).isInstanceOf(NotFoundException.class);
    }
}
