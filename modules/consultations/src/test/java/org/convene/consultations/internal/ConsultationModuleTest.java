package org.convene.consultations.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the module's database tests: before each test empty tables with one summit (Dhaka,
 * December 2016) of four themes, the first two with resource persons (Arabic and Cyrillic names),
 * and another summit (Berlin 2017) with a theme of its own.
 */
abstract class ConsultationModuleTest extends DatabaseTest {
    private static final java.util.concurrent.atomic.AtomicInteger RUN = new java.util.concurrent.atomic.AtomicInteger();
    static final Editor OFFICE = new Editor(999_999, true);
    @Inject
    Consultations consultations;
    @Inject
    SummitManagement summits;
    @Inject
    SummitSetup setup;
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    UserManagement users;
    @Inject
    DataSource dataSource;
    Sql sql;
    long dhaka;
    long berlin;
    long mobility;
    long diaspora;
    long climate;
    long recruitment;
    long berlinTheme;
    long amina;
    long oleg;
    long lead;

    @BeforeEach
    void twoSummitsWithThemesAndResourcePersons() {
        sql = new Sql(dataSource);
        for (String table : List.of("consultation_observation", "consultation_theme", "consultation_consultation",
                "summit_room", "summit_theme", "summit_summit", "summit_chairmanship")) {
            sql.update("DELETE FROM " + table);
        }
        amina = user("amina@example.org", "أمينة بنعلي", RoleGrant.of(Role.RESOURCE_PERSON));
        oleg = user("oleg@example.org", "Олег Иванов", RoleGrant.of(Role.RESOURCE_PERSON));
        lead = user("lead@example.org", "Civil Society Lead", new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"));
        long bd = chairmanships.create(new ChairmanshipCommand(List.of("BD"), LocalDate.parse("2016-01-01"), LocalDate.parse("2016-12-31"))).id();
        dhaka = summits.create(new SummitCommand(bd, "9th GFMD Summit", 9, "Dhaka", "Bangabandhu Centre",
                LocalDate.parse("2016-12-10"), LocalDate.parse("2016-12-12"), null)).id();
        mobility = setup.addTheme(dhaka, new ThemeCommand("Labour mobility", null, amina)).id();
        diaspora = setup.addTheme(dhaka, new ThemeCommand("Diaspora", null, oleg)).id();
        climate = setup.addTheme(dhaka, new ThemeCommand("Climate and migration", null, null)).id();
        recruitment = setup.addTheme(dhaka, new ThemeCommand("Fair recruitment", null, null)).id();
        long de = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"), LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(de, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), null)).id();
        berlinTheme = setup.addTheme(berlin, new ThemeCommand("Berlin theme", null, null)).id();
    }

    /** Users are not deleted between tests (other modules' tables name them), so each test makes its own addresses. */
    private long user(String email, String name, RoleGrant grant) {
        return users.create(new NewUser(RUN.incrementAndGet() + "." + email, name, "a-long-password-1", "en", List.of(grant))).id();
    }

    static ConsultationCommand colombo(List<Long> themes) {
        return new ConsultationCommand("Colombo Process", "Colombo", "LK", LocalDate.parse("2016-10-03"), LocalDate.parse("2016-10-04"),
                List.of("lk", "BD", "NP"), 45, themes);
    }
}
