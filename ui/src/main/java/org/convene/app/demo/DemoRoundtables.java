package org.convene.app.demo;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.programme.PersonRef;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.summit.RoomView;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeView;

/**
 * The demo summit's six roundtables, one per theme, on Monday 25 January 2021 in the three
 * roundtable rooms, co-chaired by states of the 2020 process, with preparation teams; RT 1.1 has the
 * demo rapporteur, a background paper, a chair, and the demo attendee among its invited.
 */
@Singleton
class DemoRoundtables {
    private static final LocalDate MONDAY = LocalDate.of(2021, 1, 25);
    private final Roundtables roundtables;
    private final Programme programme;
    private final SummitSetup setup;
    private final PersonalAgendas agendas;
    private final UserManagement users;

    DemoRoundtables(Roundtables roundtables, Programme programme, SummitSetup setup, PersonalAgendas agendas, UserManagement users) {
        this.users = users;
        this.roundtables = roundtables;
        this.programme = programme;
        this.setup = setup;
        this.agendas = agendas;
    }

    void load(long summitId, UserView chairOffice, UserView rapporteur, String attendeeEmail) {
        List<ThemeView> themes = setup.themes(summitId);
        Map<String, Long> rooms = setup.rooms(summitId).stream().collect(Collectors.toMap(RoomView::name, RoomView::id));
        Map<String, Long> groups = programme.groups(summitId).stream().filter(g -> g.stateCode() == null && g.name() == null)
                .collect(Collectors.toMap(g -> g.kind(), g -> g.id()));
        Map<String, Long> people = programme.people(summitId).stream()
                .collect(Collectors.toMap(PersonRef::name, PersonRef::registrationId, (a, b) -> a));
        RoundtableView fair = add(summitId, themes.get(0), "Skills partnerships and fair recruitment", RoundtableFormat.ROUNDTABLE, 60,
                List.of("PH", "DE"), List.of("BD", "NP"), List.of(groups.get("BUSINESS")), rooms.get("Roundtable Room A"), "11:00");
        add(summitId, themes.get(1), "Regular pathways for work, study and family", RoundtableFormat.ROUNDTABLE, 60,
                List.of("EC", "MA"), List.of("MX"), List.of(groups.get("CIVIL_SOCIETY")), rooms.get("Roundtable Room B"), "11:00");
        add(summitId, themes.get(2), "Changing the narrative: facts, media and public debate", RoundtableFormat.WORLD_CAFE, 50,
                List.of("CA"), List.of(), List.of(groups.get("MAYORS")), rooms.get("Roundtable Room C"), "11:00");
        add(summitId, themes.get(3), "Disaster displacement and climate adaptation", RoundtableFormat.ROUNDTABLE, 55,
                List.of("FJ", "BD"), List.of("PH"), List.of(), rooms.get("Roundtable Room A"), "14:00");
        RoundtableView inclusion = add(summitId, themes.get(4), "Local inclusion: housing, schools and health care",
                RoundtableFormat.WORLD_CAFE, 55, List.of("SN", "DE"), List.of(), List.of(groups.get("MAYORS")), rooms.get("Roundtable Room B"), "14:00");
        RoundtableView digital = add(summitId, themes.get(5), "Digital remittances and data protection", RoundtableFormat.ROUNDTABLE, 45,
                List.of("AE", "MX"), List.of("IN"), List.of(groups.get("BUSINESS")), rooms.get("Roundtable Room C"), "14:00");

        roundtables.appointRapporteur(fair.id(), rapporteur.id());
        roundtables.uploadPaper(fair.id(), "RT 1.1 background paper.pdf", paper(fair), chairOffice.id());
        Optional<Long> attendee = agendas.registrationOf(summitId, attendeeEmail);
        // The demo attendee attends this summit, as an approval would record it: so they may read its papers.
        users.findByEmail(attendeeEmail).ifPresent(u -> users.grant(u.id(), new RoleGrant(Role.ATTENDEE, String.valueOf(summitId))));
        people(fair, List.of(people.get("Katrin Vogel")), List.of(), attendee.map(List::of).orElse(List.of()));
        people(inclusion, List.of(), List.of(people.get("Мария Иванова")), List.of());
        people(digital, List.of(), List.of(people.get("伟 王")), List.of());
    }

    private RoundtableView add(long summitId, ThemeView theme, String title, RoundtableFormat format, int seats, List<String> coChairs,
                               List<String> teamStates, List<Long> teamGroups, long room, String start) {
        RoundtableView rt = roundtables.create(summitId, new RoundtableCommand(theme.id(), title, format, seats, coChairs, teamStates, teamGroups));
        LocalDateTime from = LocalDateTime.of(MONDAY, LocalTime.parse(start));
        return roundtables.schedule(rt.id(), room, from, from.plusHours(2));
    }

    /** Chairs, speakers and invited people are the programme's business: set on the roundtable's session there. */
    private void people(RoundtableView rt, List<Long> chairs, List<Long> speakers, List<Long> invited) {
        SessionView s = programme.session(rt.sessionId());
        programme.update(s.id(), new SessionCommand(s.kind(), s.title(), s.themeId(), s.roomId(), s.start(), s.end(), chairs, speakers,
                s.audience(), null, invited, s.expectedAudience()));
    }

    /** A one-page background paper, so the download can be tried. */
    private static byte[] paper(RoundtableView rt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
            document.add(new Paragraph(rt.number() + " – " + rt.title()).setFontSize(16));
            document.add(new Paragraph("Background paper for the roundtable, prepared by its co-chairs and preparation team."));
            document.add(new Paragraph("Guiding questions: How can skills be recognised across corridors? "
                    + "What keeps recruitment fees from falling on workers?"));
        }
        return out.toByteArray();
    }
}
