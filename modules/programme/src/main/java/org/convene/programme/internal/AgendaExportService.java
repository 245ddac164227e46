package org.convene.programme.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convene.documents.AgendaDocument;
import org.convene.documents.AgendaRenderer;
import org.convene.programme.AgendaExports;
import org.convene.programme.AgendaItem;
import org.convene.programme.AgendaPart;
import org.convene.programme.Audience;
import org.convene.programme.PersonRef;
import org.convene.programme.PersonalAgenda;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.Programme;
import org.convene.programme.SessionView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;

/** The programme and personal agendas as PDF (through the documents module) and iCalendar. */
@Singleton
@Transactional(readOnly = true)
class AgendaExportService implements AgendaExports {
    private final Programme programme;
    private final PersonalAgendas agendas;
    private final SummitManagement summits;
    private final AgendaRenderer renderer;

    AgendaExportService(Programme programme, PersonalAgendas agendas, SummitManagement summits, AgendaRenderer renderer) {
        this.programme = programme;
        this.agendas = agendas;
        this.summits = summits;
        this.renderer = renderer;
    }

    @Override
    public byte[] programmePdf(long summitId, LocalDate day, Locale locale) {
        SummitView summit = summit(summitId);
        AgendaLabels labels = new AgendaLabels(locale);
        List<SessionView> sessions = programme.sessions(summitId).stream()
                .filter(s -> day == null || s.start().toLocalDate().equals(day)).toList();
        String subtitle = labels.get("programme") + " · " + labels.get("time-zone", programme.timeZone(summitId).getId());
        Map<LocalDate, List<AgendaDocument.Entry>> days = new TreeMap<>();
        if (day != null) {
            days.put(day, new ArrayList<>());
        }
        for (SessionView s : sessions) {
            days.computeIfAbsent(s.start().toLocalDate(), d -> new ArrayList<>()).add(entry(s, null, labels));
        }
        return renderer.render(document(summit.title(), subtitle, days, labels));
    }

    @Override
    public byte[] personalPdf(long registrationId, Locale locale) {
        PersonalAgenda agenda = agendas.agenda(registrationId);
        SummitView summit = summit(agenda.summitId());
        AgendaLabels labels = new AgendaLabels(locale);
        Map<LocalDate, List<AgendaDocument.Entry>> days = new TreeMap<>();
        for (AgendaItem item : agenda.items()) {
            days.computeIfAbsent(item.session().start().toLocalDate(), d -> new ArrayList<>())
                    .add(entry(item.session(), item.part(), labels));
        }
        String subtitle = labels.get("personal") + " · " + agenda.name() + " · "
                + labels.get("time-zone", programme.timeZone(agenda.summitId()).getId());
        return renderer.render(document(summit.title(), subtitle, days, labels));
    }

    @Override
    public String programmeCalendar(long summitId, Locale locale) {
        SummitView summit = summit(summitId);
        ZoneId zone = programme.timeZone(summitId);
        return IcsWriter.write(summit.title(), zone, programme.sessions(summitId), new AgendaLabels(locale));
    }

    @Override
    public String personalCalendar(long registrationId, Locale locale) {
        PersonalAgenda agenda = agendas.agenda(registrationId);
        SummitView summit = summit(agenda.summitId());
        List<SessionView> sessions = agenda.items().stream().map(AgendaItem::session).toList();
        return IcsWriter.write(summit.title(), programme.timeZone(agenda.summitId()), sessions, new AgendaLabels(locale));
    }

    @Override
    public Optional<String> feed(String token, Locale locale) {
        return agendas.feedOwner(token).map(id -> personalCalendar(id, locale));
    }

    private SummitView summit(long summitId) {
        return summits.find(summitId).orElseThrow(() -> new org.convene.platform.NotFoundException("summit", summitId));
    }

    private static AgendaDocument document(String title, String subtitle, Map<LocalDate, List<AgendaDocument.Entry>> days,
                                           AgendaLabels labels) {
        List<AgendaDocument.Day> printed = days.entrySet().stream()
                .map(e -> new AgendaDocument.Day(labels.day(e.getKey()), e.getValue())).toList();
        return new AgendaDocument(title, subtitle, printed, labels.get("empty"));
    }

    static List<String> details(SessionView s, AgendaLabels labels) {
        List<String> lines = new ArrayList<>();
        if (s.themeTitle() != null) {
            lines.add(labels.get("theme", s.themeTitle()));
        }
        if (!s.chairs().isEmpty()) {
            lines.add(labels.get("chairs", names(s.chairs())));
        }
        if (!s.speakers().isEmpty()) {
            lines.add(labels.get("speakers", names(s.speakers())));
        }
        if (s.audience() == Audience.GROUP && s.audienceGroup() != null) {
            lines.add(labels.get("audience.GROUP", labels.group(s.audienceGroup())));
        } else if (s.audience() == Audience.INVITATION) {
            lines.add(labels.get("audience.INVITATION"));
        }
        return lines;
    }

    private static AgendaDocument.Entry entry(SessionView s, AgendaPart part, AgendaLabels labels) {
        List<String> lines = details(s, labels);
        if (part == AgendaPart.CHAIR || part == AgendaPart.SPEAKER) {
            lines.addFirst(labels.get("part." + part.name()));
        }
        return new AgendaDocument.Entry(labels.time(s.start(), s.end()), s.title(), labels.kind(s.kind()), s.roomName(), lines);
    }

    private static String names(List<PersonRef> people) {
        return people.stream().map(PersonRef::name).collect(Collectors.joining(", "));
    }
}
