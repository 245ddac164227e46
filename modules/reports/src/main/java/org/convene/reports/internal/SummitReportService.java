package org.convene.reports.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.consultations.ConsultationObservation;
import org.convene.consultations.Consultations;
import org.convene.delegations.Actor;
import org.convene.delegations.Participation;
import org.convene.delegations.SummitFigures;
import org.convene.documents.SummitReportRenderer;
import org.convene.identity.Role;
import org.convene.platform.NotFoundException;
import org.convene.reports.ReportContents;
import org.convene.reports.SummitReports;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;

/**
 * Reads a summit's report from the other modules' facades and hands it to the documents module.
 * Each facade reads in its own transaction: a report made while an outcome is being published may
 * show it or not, never half of it.
 */
@Singleton
class SummitReportService implements SummitReports {
    private static final Set<Role> CHAIR_OFFICE = Set.of(Role.CHAIR_OFFICE);
    private final SummitManagement summits;
    private final ChairmanshipManagement chairmanships;
    private final SummitSetup setup;
    private final Consultations consultations;
    private final Roundtables roundtables;
    private final Participation participation;
    private final SummitReportRenderer renderer;

    SummitReportService(SummitManagement summits, ChairmanshipManagement chairmanships, SummitSetup setup, Consultations consultations,
                        Roundtables roundtables, Participation participation, SummitReportRenderer renderer) {
        this.summits = summits;
        this.chairmanships = chairmanships;
        this.setup = setup;
        this.consultations = consultations;
        this.roundtables = roundtables;
        this.participation = participation;
        this.renderer = renderer;
    }

    @Override
    public ReportContents contents(Actor actor, long summitId) {
        ReportData data = read(actor, summitId);
        long consultationsWithObservations = data.observations().values().stream().flatMap(List::stream)
                .map(ConsultationObservation::consultationId).distinct().count();
        return new ReportContents(summitId, data.summit().language(), data.themes().size(), roundtables.list(summitId).size(),
                data.outcomes().size(), (int) consultationsWithObservations, data.figures().participants());
    }

    @Override
    public byte[] pdf(Actor actor, long summitId) {
        ReportData data = read(actor, summitId);
        return renderer.render(new ReportBuilder(new ReportLabels(data.summit().locale())).build(data));
    }

    @Override
    public boolean mayMake(Actor actor) {
        return ReportAccess.holdsAny(actor, CHAIR_OFFICE);
    }

    private ReportData read(Actor actor, long summitId) {
        ReportAccess.require(actor, CHAIR_OFFICE, "make the summit report");
        SummitView summit = summits.find(summitId).orElseThrow(() -> new NotFoundException("summit", summitId));
        List<String> chairs = chairmanships.find(summit.chairmanshipId()).map(ChairmanshipView::chairs).orElse(List.of());
        Map<Long, List<ConsultationObservation>> observations = consultations.observationsByTheme(summitId);
        List<PublishedOutcome> outcomes = roundtables.publishedOutcomes(summitId);
        SummitFigures figures = participation.figures(actor, summitId);
        return new ReportData(summit, chairs, setup.themes(summitId), observations, outcomes, figures);
    }
}
