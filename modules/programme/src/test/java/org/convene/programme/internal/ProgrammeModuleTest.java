package org.convene.programme.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.programme.Audience;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the module's database tests: before each test empty tables with one summit (Berlin,
 * 28–30 June 2017) with two rooms, a theme, two groups and three registered people.
 */
abstract class ProgrammeModuleTest extends DatabaseTest {
    static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    @Inject
    Programme programme;
    @Inject
    PersonalAgendas agendas;
    @Inject
    SummitManagement summits;
    @Inject
    SummitSetup setup;
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    StakeholderGroups groups;
    @Inject
    DelegateRegistration registrations;
    @Inject
    DataSource dataSource;
    Sql sql;
    long berlin;
    long plenaryHall;
    long smallRoom;
    long theme;
    long civilSociety;
    long business;
    long amina;
    long oleg;
    long li;

    @BeforeEach
    void oneSummitWithRoomsAndPeople() {
        sql = new Sql(dataSource);
        for (String table : List.of("programme_feed", "programme_session_person", "programme_session", "programme_calendar",
                "delegation_registration", "delegation_group", "summit_room", "summit_theme", "summit_summit", "summit_chairmanship")) {
            sql.update("DELETE FROM " + table);
        }
        long chairmanship = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"),
                LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(chairmanship, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), null)).id();
        plenaryHall = setup.addRoom(berlin, new RoomCommand("Weltsaal", 500, null)).id();
        smallRoom = setup.addRoom(berlin, new RoomCommand("Europasaal", 40, null)).id();
        theme = setup.addTheme(berlin, new ThemeCommand("Labour mobility", null, null)).id();
        civilSociety = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        business = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.BUSINESS, null, null, 10, Map.of())).id();
        amina = person(civilSociety, "أمينة", "بنعلي", "Amina", "Benali", "amina@example.org");
        oleg = person(business, "Олег", "Иванов", "Oleg", "Ivanov", "oleg@example.org");
        li = person(civilSociety, "明", "李", "Ming", "Li", "li@example.org");
    }

    long person(long group, String given, String family, String latinGiven, String latinFamily, String email) {
        return registrations.nominate(OFFICE, group, new Person(given, family, latinGiven, latinFamily, "Org", null, "MA", "MA", null, email,
                DelegateRole.DELEGATE, null, null)).id();
    }

    static LocalDateTime at(String dayAndTime) {
        return LocalDateTime.parse("2017-06-" + dayAndTime);
    }

    SessionCommand session(String title, long room, String start, String end, List<Long> chairs, List<Long> speakers) {
        return new SessionCommand(SessionKind.ROUNDTABLE, title, null, room, at(start), at(end), chairs, speakers,
                Audience.OPEN, null, List.of(), null);
    }
}
