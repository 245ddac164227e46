package org.convene.load;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.app.Application;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.ApiTokens;
import org.convene.identity.Invitations;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.Slot;
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

/**
 * The benchmark's summit, written through Convene's own facades (setup, not measured): three Open
 * Space afternoons-and-mornings of 10-minute slots (144 slots), 120 tables for two and 10 rooms for
 * six, and N findable attendees, each with an account and a personal API token.
 */
final class LoadSeed {
    private static final Actor OFFICE = new Actor(0, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private static final String[] GIVEN = {"Amina", "Олег", "李娜", "فاطمة", "Lucía", "Kwame", "Сергей", "Nguyễn"};
    private static final String[] LATIN = {null, "Oleg", "Li Na", "Fatima", null, null, "Sergei", null};

    /** A booking party: the registration id and the API token of one attendee. */
    record Attendee(long registrationId, String token) {
    }

    record Seeded(long summitId, List<Attendee> attendees, List<String> slots) {
    }

    static Seeded write(Map<String, Object> properties, int people) {
        try (ApplicationContext context = ApplicationContext.builder(Application.class).properties(properties).start()) {
            long chair = context.getBean(ChairmanshipManagement.class).create(new ChairmanshipCommand(List.of("AE"),
                    LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
            long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chair, "13th GFMD Summit", 13, "Dubai",
                    "Expo 2020", LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26), null)).id();
            long hall = context.getBean(SummitSetup.class).addRoom(summit, new RoomCommand("Hall 2", 600, null)).id();
            Programme programme = context.getBean(Programme.class);
            List<Long> sessions = new ArrayList<>();
            for (int day = 24; day <= 26; day++) {
                sessions.add(programme.create(summit, new SessionCommand(SessionKind.OPEN_SPACE, "Open Space", null, hall,
                        LocalDateTime.of(2021, 1, day, 9, 0), LocalDateTime.of(2021, 1, day, 17, 0), List.of(), List.of(), Audience.OPEN,
                        null, List.of(), null)).id());
            }
            OpenSpace openSpace = context.getBean(OpenSpace.class);
            openSpace.configure(OFFICE, summit, 10, sessions);
            for (int i = 1; i <= 130; i++) {
                openSpace.addPlace(OFFICE, summit, (i <= 120 ? "Table " : "Room ") + i, i <= 120 ? 2 : 6);
            }
            long group = context.getBean(StakeholderGroups.class)
                    .create(OFFICE, summit, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, people + 10, Map.of())).id();
            DelegateRegistration registration = context.getBean(DelegateRegistration.class);
            Invitations invitations = context.getBean(Invitations.class);
            Profiles profiles = context.getBean(Profiles.class);
            ApiTokens tokens = context.getBean(ApiTokens.class);
            List<Attendee> attendees = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String given = GIVEN[i % GIVEN.length];
                String latin = LATIN[i % LATIN.length];
                String email = "attendee" + i + "@load.example.org";
                long id = registration.nominate(OFFICE, group, new Person(given, "Load " + i, latin, latin == null ? null : "Load " + i, "Network " + (i % 40), null,
                        "AE", "AE", null, email, DelegateRole.DELEGATE, null, null)).id();
                UserView user = invitations.inviteAttendee(email, given + " " + i, "en", summit).user();
                profiles.update(user.id(), new Profile(null, "fair recruitment, labour mobility", true));
                attendees.add(new Attendee(id, tokens.create(user.id(), "load benchmark").token()));
            }
            List<String> slots = openSpace.setup(summit).slots().stream().map(Slot::start)
                    .map(DateTimeFormatter.ISO_LOCAL_DATE_TIME::format).toList();
            return new Seeded(summit, attendees, slots);
        }
    }

    private LoadSeed() {
    }
}
