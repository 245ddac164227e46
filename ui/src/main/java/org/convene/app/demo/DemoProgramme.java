package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Person;
import org.convene.identity.UserView;
import org.convene.programme.Audience;
import org.convene.programme.AudienceGroup;
import org.convene.programme.PersonRef;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.summit.RoomView;
import org.convene.summit.SummitSetup;

/**
 * The demo summit's last three days (24–26 January 2021, Dubai time): mechanism meetings, the
 * marketplace, an invitation-only side event and the opening ceremony; the opening plenary (the six
 * roundtables that follow it are scheduled by {@link DemoRoundtables}); an Open Space; the Platform
 * for Partnerships and the closing. The side event expects more people than its room seats, so the
 * conflict report has a warning to show.
 * The demo attendee (李明) is registered with the civil society, so their agenda has sessions.
 */
@Singleton
class DemoProgramme {
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 24);
    private final Programme programme;
    private final SummitSetup setup;
    private final DelegateRegistration registrations;
    private final CustomFields customFields;

    DemoProgramme(Programme programme, SummitSetup setup, DelegateRegistration registrations, CustomFields customFields) {
        this.programme = programme;
        this.setup = setup;
        this.registrations = registrations;
        this.customFields = customFields;
    }

    void load(long summitId, UserView chairOffice, UserView attendee) {
        Map<String, Long> groups = programme.groups(summitId).stream()
                .filter(g -> g.stateCode() == null && g.name() == null)
                .collect(Collectors.toMap(AudienceGroup::kind, AudienceGroup::id));
        registrations.nominate(Actor.of(chairOffice), groups.get("CIVIL_SOCIETY"), new Person("明", "李", "Ming", "Li",
                "Asia Pacific Mission for Migrants", null, "CN", "HK", null, attendee.email(), DelegateRole.DELEGATE, null, null),
                visaAnswer(summitId));
        programme.setTimeZone(summitId, "Asia/Dubai");
        Map<String, Long> rooms = setup.rooms(summitId).stream().collect(Collectors.toMap(RoomView::name, RoomView::id));
        Map<String, Long> people = programme.people(summitId).stream()
                .collect(Collectors.toMap(p -> p.name(), PersonRef::registrationId, (a, b) -> a));
        long khalid = people.get("خالد المنصوري");
        long katrin = people.get("Katrin Vogel");
        long maria = people.get("Мария Иванова");
        long wang = people.get("伟 王");
        Function<String, Long> room = rooms::get;

        // Sunday 24 January: the mechanisms meet, the marketplace opens, the summit is opened in the evening.
        group(summitId, "Civil Society Days: migrants' voices in the future of mobility", room.apply("Roundtable Room A"), 0, "09:00", "12:30", groups.get("CIVIL_SOCIETY"));
        group(summitId, "Business Mechanism: employers and fair recruitment", room.apply("Roundtable Room B"), 0, "09:00", "12:00", groups.get("BUSINESS"));
        group(summitId, "Mayors Mechanism: cities as partners in migration governance", room.apply("Roundtable Room C"), 0, "09:00", "12:00", groups.get("MAYORS"));
        add(summitId, SessionKind.MARKETPLACE, "Marketplace: tools, maps and publications", null, room.apply("Marketplace"), 0, "14:00", "17:00", List.of(), List.of(), Audience.OPEN, null, List.of(), 250);
        // The side event draws more than its room seats: the conflict report's warning.
        add(summitId, SessionKind.SIDE_EVENT, "Skills partnerships between the Gulf and South Asia", null, room.apply("Side-event Room"), 0, "14:00", "15:30", List.of(), List.of(), Audience.INVITATION, null, List.of(katrin, khalid), 45);
        add(summitId, SessionKind.CEREMONY, "Opening ceremony", null, room.apply("Plenary Hall"), 0, "18:00", "19:00", List.of(khalid), List.of(), Audience.OPEN, null, List.of(), 900);

        // Monday 25 January: the opening plenary and the six roundtables, then the Open Space.
        add(summitId, SessionKind.PLENARY, "Opening plenary: the future of human mobility", null, room.apply("Plenary Hall"), 1, "09:00", "10:30", List.of(khalid), List.of(maria, wang), Audience.OPEN, null, List.of(), 1000);
        // The six roundtables (11:00–13:00 and 14:00–16:00) are DemoRoundtables' own sessions.
        add(summitId, SessionKind.OPEN_SPACE, "Open Space: partnerships in the making", null, room.apply("Open Space"), 1, "16:30", "18:30", List.of(), List.of(), Audience.OPEN, null, List.of(), 200);

        // Tuesday 26 January: partnerships, the roundtables' reports and the closing.
        add(summitId, SessionKind.PLENARY, "Platform for Partnerships session", null, room.apply("Plenary Hall"), 2, "09:00", "11:00", List.of(), List.of(), Audience.OPEN, null, List.of(), 600);
        add(summitId, SessionKind.PLENARY, "Roundtable reports and the chair's summary", null, room.apply("Plenary Hall"), 2, "11:30", "12:30", List.of(khalid), List.of(), Audience.OPEN, null, List.of(), 800);
        add(summitId, SessionKind.OPEN_SPACE, "Open Space: bookable meetings", null, room.apply("Open Space"), 2, "13:30", "15:00", List.of(), List.of(), Audience.OPEN, null, List.of(), 200);
        add(summitId, SessionKind.CEREMONY, "Closing ceremony and handover to the next chair", null, room.apply("Plenary Hall"), 2, "15:30", "16:30", List.of(khalid), List.of(), Audience.OPEN, null, List.of(), 900);
    }

    /** The demo's registration form asks whether a visa letter is needed; this attendee needs none. */
    private Map<Long, String> visaAnswer(long summitId) {
        return customFields.list(summitId).stream().filter(f -> f.type() == CustomFieldType.YES_NO && f.required())
                .collect(Collectors.toMap(CustomFieldView::id, f -> "false"));
    }

    private void group(long summitId, String title, long room, int day, String start, String end, long group) {
        add(summitId, SessionKind.MECHANISM_MEETING, title, null, room, day, start, end, List.of(), List.of(), Audience.GROUP, group, List.of(), 60);
    }

    private void add(long summitId, SessionKind kind, String title, Long theme, long room, int day, String start, String end,
                     List<Long> chairs, List<Long> speakers, Audience audience, Long group, List<Long> invited, Integer expected) {
        LocalDate date = FIRST_DAY.plusDays(day);
        programme.create(summitId, new SessionCommand(kind, title, theme, room, LocalDateTime.of(date, LocalTime.parse(start)),
                LocalDateTime.of(date, LocalTime.parse(end)), chairs, speakers, audience, group, invited, expected));
    }
}
