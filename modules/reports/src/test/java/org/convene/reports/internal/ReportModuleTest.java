package org.convene.reports.internal;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.documents.RichText;
import org.convene.reports.Recollection;
import org.convene.reports.SummitReports;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
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
 * Base for the module's database tests: before each test empty tables with two summits of two
 * years — Berlin (June 2017, chaired by Germany and Morocco) with a Latin, an Arabic and a Chinese
 * theme, Quito (January 2019) with one theme — and a rapporteur and resource person, Amina Haddad,
 * whose name must never print. Roundtables are made through their facade; outcomes are written
 * into their table, since the outcome editor is another module's work.
 */
abstract class ReportModuleTest extends DatabaseTest {
    private static final AtomicInteger RUN = new AtomicInteger();
    static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    static final String AMINA = "Amina Haddad";
    @Inject
    SummitReports reports;
    @Inject
    Recollection recollection;
    @Inject
    Roundtables roundtables;
    @Inject
    Consultations consultations;
    @Inject
    SummitManagement summits;
    @Inject
    SummitSetup setup;
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
    long mobility;
    long arabicTheme;
    long chineseTheme;
    long quito;
    long narratives;
    long amina;

    @BeforeEach
    void twoSummitsOfTwoYears() {
        sql = new Sql(dataSource);
        for (String table : List.of("roundtable_outcome", "roundtable_team_member", "roundtable_co_chair", "roundtable_roundtable",
                "consultation_observation", "consultation_theme", "consultation_consultation", "mail_outbox",
                "delegation_registration_history", "delegation_registration", "delegation_group_role_quota", "delegation_group",
                "summit_room", "summit_theme", "summit_summit", "summit_chairmanship")) {
            sql.update("DELETE FROM " + table);
        }
        int run = RUN.incrementAndGet();
        amina = users.create(new NewUser(run + ".amina@example.org", AMINA, "a-long-password-1", "en",
                List.of(RoleGrant.of(Role.RESOURCE_PERSON), RoleGrant.of(Role.RAPPORTEUR)))).id();
        long germany = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"),
                LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(germany, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), "Towards a global social contract")).id();
        mobility = setup.addTheme(berlin, new ThemeCommand("Labour mobility", "Fair and ethical recruitment.", amina)).id();
        arabicTheme = setup.addTheme(berlin, new ThemeCommand("الهجرة والتنمية", null, null)).id();
        chineseTheme = setup.addTheme(berlin, new ThemeCommand("气候与流离失所", null, null)).id();
        long ecuador = chairmanships.create(new ChairmanshipCommand(List.of("EC"),
                LocalDate.parse("2019-01-01"), LocalDate.parse("2019-12-31"))).id();
        quito = summits.create(new SummitCommand(ecuador, "12th GFMD Summit", 12, "Quito", "Centro de Convenciones",
                LocalDate.parse("2019-01-20"), LocalDate.parse("2019-01-22"), null)).id();
        narratives = setup.addTheme(quito, new ThemeCommand("Public narratives on migration", null, null)).id();
    }

    long roundtable(long summit, long theme, String title) {
        return roundtables.create(summit, new RoundtableCommand(theme, title, RoundtableFormat.ROUNDTABLE, 40, List.of("PH"),
                List.of(), List.of())).id();
    }

    /** Writes an outcome as the outcome editor would store it: Markdown with its sanitised HTML, by the rapporteur. */
    void outcome(long roundtable, String status, String keyMessages, String recommendations, String practices, String sdgTargets) {
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = " + amina + " WHERE id = " + roundtable);
        try (Connection c = sql.connection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO roundtable_outcome (roundtable_id, status, key_messages, key_messages_html, recommendations,
                    recommendations_html, practices, practices_html, sdg_targets, revision, updated_by, updated_at, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")) {
            s.setLong(1, roundtable);
            s.setString(2, status);
            s.setString(3, keyMessages);
            s.setString(4, RichText.html(keyMessages));
            s.setString(5, recommendations);
            s.setString(6, RichText.html(recommendations));
            s.setString(7, practices);
            s.setString(8, RichText.html(practices));
            s.setString(9, sdgTargets);
            s.setLong(10, amina);
            s.setTimestamp(11, Timestamp.from(Instant.parse("2017-06-30T12:00:00Z")));
            s.setTimestamp(12, "PUBLISHED".equals(status) ? Timestamp.from(Instant.parse("2017-07-01T12:00:00Z")) : null);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A consultation of the summit on the theme, with the observations Amina wrote as the theme's resource person or the office. */
    long observations(long summit, long theme, String process, LocalDate start, String markdown) {
        long id = consultations.create(summit, new ConsultationCommand(process, "Colombo", "LK", start, start, List.of("LK"), 30,
                List.of(theme))).id();
        consultations.saveObservations(new Editor(amina, true), id, theme, markdown);
        return id;
    }

    /** Accredits people of the summit: nominated and approved, with nationality and gender. */
    void participants(long summit, GroupKind kind, String name, List<Person> people) {
        long group = groups.create(OFFICE, summit, new GroupCommand(kind, kind == GroupKind.STATE_DELEGATION ? "DE" : null,
                kind.isNamed() ? name : null, 100, Map.of())).id();
        for (Person p : people) {
            registration.approve(OFFICE, registration.nominate(OFFICE, group, p).id());
        }
    }

    static Person person(String given, String family, String nationality, Gender gender) {
        return new Person(given, family, null, null, "Ministry", null, nationality, nationality, gender,
                (given + "." + family + "@example.org").toLowerCase().replace(' ', '-'), DelegateRole.DELEGATE, null, null);
    }
}
