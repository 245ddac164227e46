package org.convene.roundtables.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
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
 * Base for the module's database tests: before each test empty tables with one summit (Berlin,
 * June 2017) of two themes and two stakeholder groups, and another summit (Quito 2019) with a
 * theme and a group of its own.
 */
abstract class RoundtableModuleTest extends DatabaseTest {
    static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    @Inject
    Roundtables roundtables;
    @Inject
    SummitManagement summits;
    @Inject
    SummitSetup setup;
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    StakeholderGroups groups;
    @Inject
    DataSource dataSource;
    Sql sql;
    long berlin;
    long mobility;
    long climate;
    long civilSociety;
    long business;
    long quito;
    long quitoTheme;
    long quitoGroup;

    @BeforeEach
    void twoSummitsWithThemesAndGroups() {
        sql = new Sql(dataSource);
        for (String table : List.of("roundtable_outcome", "roundtable_team_member", "roundtable_co_chair", "roundtable_roundtable",
                "delegation_registration", "delegation_group", "summit_room", "summit_theme", "summit_summit", "summit_chairmanship")) {
            sql.update("DELETE FROM " + table);
        }
        long germany = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"),
                LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(germany, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), "Towards a global social contract")).id();
        mobility = setup.addTheme(berlin, new ThemeCommand("Labour mobility", null, null)).id();
        climate = setup.addTheme(berlin, new ThemeCommand("Climate and displacement", null, null)).id();
        civilSociety = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        business = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.BUSINESS, null, null, 10, Map.of())).id();
        long ecuador = chairmanships.create(new ChairmanshipCommand(List.of("EC"),
                LocalDate.parse("2019-01-01"), LocalDate.parse("2019-12-31"))).id();
        quito = summits.create(new SummitCommand(ecuador, "12th GFMD Summit", 12, "Quito", "Centro de Convenciones",
                LocalDate.parse("2019-01-20"), LocalDate.parse("2019-01-22"), null)).id();
        quitoTheme = setup.addTheme(quito, new ThemeCommand("Narratives", null, null)).id();
        quitoGroup = groups.create(OFFICE, quito, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
    }

    static RoundtableCommand command(long theme, String title, List<String> coChairs) {
        return new RoundtableCommand(theme, title, RoundtableFormat.ROUNDTABLE, 40, coChairs, List.of(), List.of());
    }
}
