package org.convene.marketplace.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.Marketplace;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the module's database tests: before each test empty tables with one summit (Berlin,
 * June 2017) holding a civil society group, and helpers for accredited participants with accounts.
 */
abstract class MarketplaceModuleTest extends DatabaseTest {
    static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    @Inject
    Marketplace marketplace;
    @Inject
    SummitManagement summits;
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    StakeholderGroups groups;
    @Inject
    DelegateRegistration registration;
    @Inject
    UserManagement users;
    @Inject
    DataSource dataSource;
    Sql sql;
    long berlin;
    long civilSociety;

    @BeforeEach
    void aSummitWithAGroup() {
        sql = new Sql(dataSource);
        for (String table : List.of("marketplace_stage_booking", "marketplace_stage_slot", "marketplace_allocation", "marketplace_product",
                "marketplace_decision", "marketplace_application", "marketplace_booth", "marketplace_floor_plan",
                "delegation_registration", "delegation_group", "summit_theme", "summit_summit", "summit_chairmanship")) {
            sql.update("DELETE FROM " + table);
        }
        long germany = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"),
                LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(germany, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), "Towards a global social contract")).id();
        civilSociety = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 50, Map.of())).id();
    }

    /** An account whose e-mail is that of an approved (accredited) registration at the summit. */
    Actor accredited() {
        String email = "p" + PEOPLE.incrementAndGet() + "@market.example.org";
        long id = nominee(email);
        registration.approve(OFFICE, id);
        return account(email);
    }

    long nominee(String email) {
        return registration.nominate(OFFICE, civilSociety, new Person("Лейла", "Аль-Хасан", "Leila", "Al-Hassan", "Migrant Forum", null, "MA",
                "MA", Gender.FEMALE, email, DelegateRole.DELEGATE, null, null)).id();
    }

    /** The person's account: approval made one; otherwise a new one. */
    Actor account(String email) {
        return Actor.of(users.findByEmail(email).orElseGet(() -> users.create(new NewUser(email, "Someone", "a-long-enough-secret", null,
                List.of(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin)))))));
    }

    ApplicationView applied(Actor exhibitor, String organisation) {
        return marketplace.apply(exhibitor, berlin, new ApplicationCommand(organisation, "Migration map of " + organisation,
                "An interactive map of migration corridors."));
    }

    record Exhibitor(Actor actor, long id) {
    }

    Exhibitor accepted(String organisation) {
        Actor actor = accredited();
        ApplicationView application = applied(actor, organisation);
        return new Exhibitor(actor, marketplace.decide(OFFICE, application.id(), ApplicationStatus.ACCEPTED).id());
    }

    long booth(String code, int x, int y) {
        return marketplace.saveBooth(OFFICE, berlin, null, new BoothCommand(code, 9, x, y, 1, 1)).id();
    }
}
