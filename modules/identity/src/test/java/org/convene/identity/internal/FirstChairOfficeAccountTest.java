package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstChairOfficeAccountTest extends DatabaseTest {
    static final String ADMIN_EMAIL = "Chief.Officer@Example.org";
    static final String ADMIN_PASSWORD = "first-chair-secret";

    @Inject
    UserManagement users;
    @Inject
    SignIn signIn;
    @Inject
    FirstChairOfficeAccount firstAccount;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("convene.admin.email", ADMIN_EMAIL);
        properties.put("convene.admin.password", ADMIN_PASSWORD);
        return properties;
    }

    @Test
    void a_fresh_installation_starts_with_the_configured_chair_office_account() {
        UserView chief = users.findByEmail(ADMIN_EMAIL).orElseThrow();

        assertThat(chief.email()).isEqualTo("chief.officer@example.org");
        assertThat(chief.active()).isTrue();
        assertThat(chief.grants()).containsExactly(RoleGrant.of(Role.CHAIR_OFFICE));
        assertThat(users.list()).containsExactly(chief);
    }

    @Test
    void the_first_chair_office_signs_in_with_the_configured_password() {
        SignInResult result = signIn.signIn(ADMIN_EMAIL, ADMIN_PASSWORD, "10.0.2.1");

        assertThat(result).isInstanceOf(SignInResult.Accepted.class);
    }

    @Test
    void nothing_is_created_while_an_active_chair_office_exists() {
        List<UserView> before = users.list();

        firstAccount.ensure();

        assertThat(users.list()).isEqualTo(before);
    }
}
