package org.convene.consultations.internal;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.convene.consultations.ConsultationView;
import org.convene.documents.RichText;
import org.convene.documents.ConsultationReport;
import org.convene.documents.ConsultationReportRenderer;
import org.convene.platform.Countries;

/** Builds the printed report of a consultation in the reader's language and hands it to the documents module. */
@Singleton
class ReportService {
    private final ConsultationReportRenderer renderer;

    ReportService(ConsultationReportRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] pdf(ConsultationView c, Map<Long, ObservationRow> written, LongFunction<String> names, Locale language) {
        ReportLabels labels = new ReportLabels(language);
        Locale locale = labels.locale();
        List<String> chairs = new ArrayList<>(c.forumChairs().stream().map(code -> Countries.name(code, locale)).toList());
        chairs.add(c.process());
        List<ConsultationReport.Fact> facts = new ArrayList<>();
        facts.add(new ConsultationReport.Fact(labels.get("co-chairs"), String.join(", ", chairs)));
        facts.add(new ConsultationReport.Fact(labels.get("place"), c.city() + ", " + Countries.name(c.countryCode(), locale)));
        facts.add(new ConsultationReport.Fact(labels.get("dates"), c.startDate().equals(c.endDate()) ? labels.date(c.startDate())
                : labels.date(c.startDate()) + " – " + labels.date(c.endDate())));
        facts.add(new ConsultationReport.Fact(labels.get("participants"), c.participants().isEmpty() ? labels.get("none")
                : String.join(", ", c.participants().stream().map(code -> Countries.name(code, locale)).toList())));
        if (c.participantCount() != null) {
            facts.add(new ConsultationReport.Fact(labels.get("participant-count"), String.valueOf(c.participantCount())));
        }
        List<ConsultationReport.Section> sections = new ArrayList<>();
        for (ConsultationView.Theme theme : c.themes()) {
            ObservationRow row = written.get(theme.id());
            if (row == null) {
                sections.add(new ConsultationReport.Section(theme.title(), List.of(), ""));
                continue;
            }
            String name = names.apply(row.writtenBy());
            String byline = name == null ? "" : labels.get("byline", name, labels.date(row.writtenAt().atZone(ZoneOffset.UTC).toLocalDate()));
            sections.add(new ConsultationReport.Section(theme.title(), RichText.blocks(row.html()), byline));
        }
        return renderer.render(new ConsultationReport(labels.get("title", c.process()), facts, sections, labels.get("empty")));
    }
}
