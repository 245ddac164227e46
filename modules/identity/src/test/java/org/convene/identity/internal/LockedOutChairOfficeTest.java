package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convene.identity.Role;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One test only: it deactivates the sole chair office, which no other test may see. A restart is a new StartupEvent. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockedOutChairOfficeTest extends DatabaseTest {
    @Inject
    UserManagement users;
    @Inject
    ApplicationContext context;
    @Inject
    ApplicationEventPublisher<StartupEvent> startup;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("convene.admin.email", "retired.chief@example.org");
        properties.put("convene.admin.password", "first-chair-secret");
        return properties;
    }

    @Test
    void a_restart_after_the_configured_chair_office_was_deactivated_starts_and_does_not_reactivate_it() {
        UserView chief = users.findByEmail("retired.chief@example.org").orElseThrow();
        users.update(chief.id(), new UserChange(chief.displayName(), null, null, false, chief.grants()));
        List<UserView> before = users.list();

        assertThatCode(() -> startup.publishEvent(new StartupEvent(context))).doesNotThrowAnyException();

        assertThat(users.list()).isEqualTo(before);
        assertThat(users.anyActiveWith(Role.CHAIR_OFFICE)).isFalse();
    }
}
