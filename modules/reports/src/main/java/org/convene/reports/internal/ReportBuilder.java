package org.convene.reports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convene.consultations.ConsultationObservation;
import org.convene.delegations.GroupKind;
import org.convene.delegations.SummitFigures;
import org.convene.documents.Charts.Bar;
import org.convene.documents.ConsultationReport.Block;
import org.convene.documents.ConsultationReport.Fact;
import org.convene.documents.ConsultationReport.Kind;
import org.convene.documents.ConsultationReport.Run;
import org.convene.documents.RichText;
import org.convene.documents.SummitReport;
import org.convene.documents.SummitReport.Chapter;
import org.convene.documents.SummitReport.ChartKind;
import org.convene.documents.SummitReport.Heading;
import org.convene.documents.SummitReport.Note;
import org.convene.documents.SummitReport.Part;
import org.convene.documents.SummitReport.Subheading;
import org.convene.documents.SummitReport.Text;
import org.convene.platform.Countries;
import org.convene.roundtables.PublishedOutcome;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;

/** Lays the summit's data out as the chapters of its report, in the report's language. Plain Java: no database. */
final class ReportBuilder {
    private final ReportLabels labels;

    ReportBuilder(ReportLabels labels) {
        this.labels = labels;
    }

    SummitReport build(ReportData data) {
        SummitView s = data.summit();
        List<Fact> facts = new ArrayList<>();
        if (!data.chairs().isEmpty()) {
            facts.add(new Fact(labels.get("chair"), String.join(", ", data.chairs().stream().map(c -> Countries.name(c, labels.locale())).toList())));
        }
        facts.add(new Fact(labels.get("place"), s.city() + " · " + s.venue()));
        facts.add(new Fact(labels.get("dates"), labels.dates(s.startDate(), s.endDate())));
        if (s.overarchingTheme() != null) {
            facts.add(new Fact(labels.get("overarching-theme"), s.overarchingTheme()));
        }
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(themes(data));
        for (ThemeView theme : data.themes()) {
            chapters.add(theme(theme, data));
        }
        chapters.add(practices(data.outcomes()));
        chapters.add(participation(data.figures()));
        return new SummitReport(labels.get("title", s.title()), facts, labels.get("contents"), chapters);
    }

    private Chapter themes(ReportData data) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Note(labels.get("chatham-house")));
        if (data.summit().overarchingTheme() != null) {
            parts.add(new Subheading(labels.get("overarching-theme")));
            parts.add(new Text(List.of(paragraph(data.summit().overarchingTheme()))));
        }
        if (data.themes().isEmpty()) {
            parts.add(new Note(labels.get("themes.none")));
        }
        for (ThemeView theme : data.themes()) {
            parts.add(new Subheading(themeHeading(theme)));
            if (theme.description() != null && !theme.description().isBlank()) {
                parts.add(new Text(List.of(paragraph(theme.description()))));
            }
        }
        return new Chapter(labels.get("themes"), parts);
    }

    private Chapter theme(ThemeView theme, ReportData data) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Heading(labels.get("observations"), false));
        List<ConsultationObservation> observations = data.observations().getOrDefault(theme.id(), List.of());
        if (observations.isEmpty()) {
            parts.add(new Note(labels.get("observations.none")));
        }
        for (ConsultationObservation o : observations) {
            parts.add(new Subheading(labels.get("observation.source", o.process(), o.city() + ", " + Countries.name(o.countryCode(), labels.locale()),
                    labels.date(o.startDate()))));
            parts.add(new Text(RichText.blocks(o.html())));
        }
        parts.add(new Heading(labels.get("outcomes"), false));
        List<PublishedOutcome> outcomes = data.outcomes().stream().filter(o -> o.themeId() == theme.id()).toList();
        if (outcomes.isEmpty()) {
            parts.add(new Note(labels.get("outcomes.none")));
        }
        for (PublishedOutcome o : outcomes) {
            parts.add(new Subheading(o.number() + " " + o.title()));
            section(parts, "key-messages", o.keyMessagesHtml());
            section(parts, "recommendations", o.recommendationsHtml());
            if (!o.sdgTargets().isEmpty()) {
                parts.add(new Note(labels.get("sdg-targets", String.join(", ", o.sdgTargets()))));
            }
        }
        return new Chapter(themeHeading(theme), parts);
    }

    private void section(List<Part> parts, String label, String html) {
        List<Block> blocks = RichText.blocks(html);
        if (!blocks.isEmpty()) {
            parts.add(new Note(labels.get(label)));
            parts.add(new Text(blocks));
        }
    }

    /** The practices of the published outcomes, by roundtable number: what the Platform for Partnerships may take up. */
    private Chapter practices(List<PublishedOutcome> outcomes) {
        List<Part> parts = new ArrayList<>();
        for (PublishedOutcome o : outcomes) {
            List<Block> blocks = RichText.blocks(o.practicesHtml());
            if (!blocks.isEmpty()) {
                parts.add(new Subheading(o.number() + " " + o.title()));
                parts.add(new Text(blocks));
            }
        }
        if (parts.isEmpty()) {
            parts.add(new Note(labels.get("practices.none")));
        }
        return new Chapter(labels.get("practices"), parts);
    }

    private Chapter participation(SummitFigures figures) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Note(labels.get("participants", labels.number(figures.participants()))));
        if (figures.participants() == 0) {
            return new Chapter(labels.get("participation"), parts);
        }
        Map<GroupKind, Long> byKind = new EnumMap<>(GroupKind.class);
        for (SummitFigures.GroupFigures g : figures.groups()) {
            long accredited = g.byStatus().entrySet().stream().filter(e -> e.getKey().isAccredited()).mapToLong(Map.Entry::getValue).sum();
            if (accredited > 0) {
                byKind.merge(g.kind(), accredited, Long::sum);
            }
        }
        List<Bar> groups = byKind.entrySet().stream().map(e -> new Bar(labels.get("group." + e.getKey().name()), e.getValue())).toList();
        List<Bar> regions = figures.byRegion().entrySet().stream().map(e -> new Bar(SummitFigures.UNSPECIFIED.equals(e.getKey())
                ? labels.get("unspecified") : Countries.continentName(e.getKey(), labels.locale()), e.getValue())).toList();
        List<Bar> genders = figures.byGender().entrySet().stream().map(e -> new Bar(SummitFigures.UNSPECIFIED.equals(e.getKey())
                ? labels.get("unspecified") : labels.get("gender." + e.getKey()), e.getValue())).toList();
        figure(parts, "by-group", ChartKind.BARS, groups);
        figure(parts, "by-region", ChartKind.BARS, regions);
        figure(parts, "by-gender", ChartKind.PIE, genders);
        return new Chapter(labels.get("participation"), parts);
    }

    /** A chart and, for those who cannot see it, the same figures as a table. */
    private void figure(List<Part> parts, String key, ChartKind kind, List<Bar> values) {
        parts.add(new Heading(labels.get(key), true));
        parts.add(new SummitReport.Chart(labels.get(key), kind, values));
        parts.add(new SummitReport.Table(values.stream().map(b -> new Fact(b.label(), labels.number(b.value()))).toList()));
    }

    private String themeHeading(ThemeView theme) {
        return labels.get("theme", theme.position(), theme.title());
    }

    private static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, 0, List.of(new Run(text, false, false)));
    }
}
