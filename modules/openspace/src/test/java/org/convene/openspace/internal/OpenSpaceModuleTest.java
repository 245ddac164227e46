package org.convene.openspace.internal;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.openspace.OpenSpace;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the module's database tests: before each test empty tables with one summit (Berlin,
 * June 2017), two groups, an Open Space session on 29 June 14:00–16:00 cut into four 30-minute
 * slots, and three places: Table 1 (2 seats), Table 2 (4) and Room A (8).
 */
abstract class OpenSpaceModuleTest extends DatabaseTest {
    static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    @Inject
    OpenSpace openSpace;
    @Inject
    Programme programme;
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
    UserManagement users;
    @Inject
    Profiles profiles;
    @Inject
    DataSource dataSource;
    Sql sql;
    long berlin;
    long civilSociety;
    long business;
    long openSpaceSession;
    long table1;
    long table2;
    long roomA;

    /** A person of the summit with an attendee account of the registration's e-mail. */
    record Attendee(long id, Actor actor) {
    }

    @BeforeEach
    void oneSummitWithAnOpenSpace() {
        sql = new Sql(dataSource);
        for (String table : List.of("openspace_busy", "openspace_meeting", "openspace_invitee", "openspace_request", "openspace_requester",
                "openspace_place", "openspace_period", "openspace_settings", "mail_outbox", "programme_session_person", "programme_session",
                "delegation_registration", "delegation_group", "summit_room", "summit_theme", "summit_summit", "summit_chairmanship")) {
            sql.update("DELETE FROM " + table);
        }
        long chairmanship = chairmanships.create(new ChairmanshipCommand(List.of("DE", "MA"),
                LocalDate.parse("2017-01-01"), LocalDate.parse("2018-12-31"))).id();
        berlin = summits.create(new SummitCommand(chairmanship, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), null)).id();
        long hall = setup.addRoom(berlin, new RoomCommand("Lichthof", 300, null)).id();
        civilSociety = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 500, Map.of())).id();
        business = groups.create(OFFICE, berlin, new GroupCommand(GroupKind.BUSINESS, null, null, 500, Map.of())).id();
        openSpaceSession = programme.create(berlin, new SessionCommand(SessionKind.OPEN_SPACE, "Open Space", null, hall,
                slot(0), slot(4), List.of(), List.of(), Audience.OPEN, null, List.of(), null)).id();
        openSpace.configure(OFFICE, berlin, 30, List.of(openSpaceSession));
        table1 = openSpace.addPlace(OFFICE, berlin, "Table 1", 2).id();
        table2 = openSpace.addPlace(OFFICE, berlin, "Table 2", 4).id();
        roomA = openSpace.addPlace(OFFICE, berlin, "Room A", 8).id();
    }

    /** The start of the n-th slot (0 to 3). */
    static LocalDateTime slot(int n) {
        return LocalDateTime.parse("2017-06-29T14:00").plusMinutes(30L * n);
    }

    Attendee attendee(String given, String family, boolean findable, String interests) {
        return attendee(civilSociety, given, family, null, null, "MA", findable, interests);
    }

    /** @param latinGiven the name in Latin letters, needed for a name in another script */
    Attendee attendee(long group, String given, String family, String latinGiven, String latinFamily, String country, boolean findable,
                      String interests) {
        String email = "p" + PEOPLE.incrementAndGet() + "@openspace.example.org";
        long id = registrations.nominate(OFFICE, group, new Person(given, family, latinGiven, latinFamily, "Org of " + family, null, country, country,
                null, email, DelegateRole.DELEGATE, null, null)).id();
        long user = users.create(new NewUser(email, given + " " + family, "a-long-enough-secret", null,
                List.of(new RoleGrant(Role.ATTENDEE, Long.toString(berlin))))).id();
        profiles.update(user, new Profile(null, interests, findable));
        return new Attendee(id, Actor.of(users.find(user).orElseThrow()));
    }
}
