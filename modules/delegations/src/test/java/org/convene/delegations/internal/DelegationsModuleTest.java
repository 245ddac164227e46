package org.convene.delegations.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StakeholderGroups;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the module's database tests: the facades, captured events, and before each test empty
 * tables with one summit (Berlin 2017). Subclasses carry {@code @MicronautTest(transactional = false)}
 * and {@code @TestInstance(PER_CLASS)} themselves.
 */
abstract class DelegationsModuleTest extends DatabaseTest {
    @Inject
    StakeholderGroups groups;
    @Inject
    DelegateRegistration registration;
    @Inject
    SummitManagement summits;
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    CapturedEvents events;
    @Inject
    TestClock clock;
    @Inject
    DataSource dataSource;
    Tables tables;
    long berlin;

    @BeforeEach
    void oneSummitWithoutGroups() {
        tables = new Tables(dataSource);
        tables.clear();
        events.clear();
        clock.reset();
        long germanyMorocco = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"),
                LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(germanyMorocco, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), null)).id();
    }

    long group(GroupKind kind, int places) {
        return groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(kind, null, null, places, Map.of())).id();
    }

    long delegation(String state, int places, Map<DelegateRole, Integer> roleQuotas) {
        return groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.STATE_DELEGATION, state, null, places, roleQuotas)).id();
    }

    RegistrationView nominate(long groupId, String email) {
        return registration.nominate(Actors.CHAIR_OFFICE, groupId, People.delegate(email));
    }
}
