package org.convene.reports.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.consultations.ConsultationObservation;
import org.convene.consultations.Consultations;
import org.convene.delegations.Actor;
import org.convene.platform.InvalidInputException;
import org.convene.platform.SdgRef;
import org.convene.reports.Recollection;
import org.convene.reports.RecollectionHit;
import org.convene.reports.RecollectionHit.Source;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;

/**
 * Searches in memory: for each summit it reads the published outcomes and the observations through
 * their modules' facades and matches them here. A forum holds one summit a year with some forty
 * outcomes and a few dozen observations, so all summits together are a few thousand texts; an
 * index (full-text in the database, or a search engine) would pay only far beyond that.
 */
@Singleton
class RecollectionService implements Recollection {
    private final SummitManagement summits;
    private final SummitSetup setup;
    private final Roundtables roundtables;
    private final Consultations consultations;

    RecollectionService(SummitManagement summits, SummitSetup setup, Roundtables roundtables, Consultations consultations) {
        this.summits = summits;
        this.setup = setup;
        this.roundtables = roundtables;
        this.consultations = consultations;
    }

    @Override
    public List<RecollectionHit> search(Actor actor, String words, String sdg) {
        ReportAccess.require(actor, ReportAccess.RECOLLECTION, "search the recollection");
        SdgRef filter = sdg == null || sdg.isBlank() ? null : SdgRef.parse("sdg", sdg);
        List<String> terms = TextMatch.terms(words);
        if (terms.isEmpty() && filter == null) {
            throw InvalidInputException.of("words", "recollection.query.empty", "give words or an SDG to search for");
        }
        List<RecollectionHit> hits = new ArrayList<>();
        for (SummitView summit : summits.list()) {
            List<ThemeView> ordered = setup.themes(summit.id());
            Map<Long, ThemeView> themes = ordered.stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
            for (PublishedOutcome o : roundtables.publishedOutcomes(summit.id())) {
                ThemeView theme = themes.get(o.themeId());
                if (theme == null || filter != null && o.sdgTargets().stream().map(t -> SdgRef.parse("sdgTargets", t)).noneMatch(r -> r.matchedBy(filter))) {
                    continue;
                }
                String text = String.join(" ", TextMatch.plain(o.keyMessagesHtml()), TextMatch.plain(o.recommendationsHtml()),
                        TextMatch.plain(o.practicesHtml())).strip();
                if (TextMatch.all(terms, theme.title() + " " + o.title() + " " + text)) {
                    hits.add(new RecollectionHit(summit.startDate().getYear(), summit.id(), summit.title(), theme.id(), theme.title(),
                            Source.OUTCOME, o.roundtableId(), o.number(), o.title(), null, null, null, TextMatch.snippet(text, terms),
                            o.sdgTargets()));
                }
            }
            if (filter != null) {
                continue; // observations name no SDG
            }
            Map<Long, List<ConsultationObservation>> observations = consultations.observationsByTheme(summit.id());
            for (ThemeView theme : ordered) {
                for (ConsultationObservation o : observations.getOrDefault(theme.id(), List.of())) {
                    String text = TextMatch.plain(o.html());
                    if (TextMatch.all(terms, theme.title() + " " + text)) {
                        hits.add(new RecollectionHit(summit.startDate().getYear(), summit.id(), summit.title(), theme.id(), theme.title(),
                                Source.OBSERVATION, null, null, null, o.consultationId(), o.process(), o.startDate(),
                                TextMatch.snippet(text, terms), List.of()));
                    }
                }
            }
        }
        return hits;
    }

    @Override
    public boolean mayUse(Actor actor) {
        return ReportAccess.holdsAny(actor, ReportAccess.RECOLLECTION);
    }
}
