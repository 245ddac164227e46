package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.convene.reports.Recollection;
import org.convene.reports.RecollectionHit;
import org.convene.reports.ReportContents;
import org.convene.reports.SummitReports;

/**
 * The summit report (chair's summary) for the chair office, in the summit's language, and the
 * thematic recollection across summits for the chair office, resource persons and rapporteurs.
 * A bad SDG answers 400 on the field {@code sdg}.
 */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Reports")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class ReportController {
    private final SummitReports reports;
    private final Recollection recollection;
    private final Callers callers;

    ReportController(SummitReports reports, Recollection recollection, Callers callers) {
        this.reports = reports;
        this.recollection = recollection;
        this.callers = callers;
    }

    /** What the summit report holds now: themes, roundtables, published outcomes, consultations with observations, participants. */
    @Get("/summits/{summitId}/report")
    ReportContents contents(Authentication authentication, long summitId) {
        return reports.contents(callers.actor(authentication), summitId);
    }

    @Get(value = "/summits/{summitId}/report.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(Authentication authentication, long summitId) {
        return HttpResponse.ok(reports.pdf(callers.actor(authentication), summitId))
                .header("Content-Disposition", "attachment; filename=\"summit-report-" + summitId + ".pdf\"");
    }

    /**
     * Published outcomes and consultation observations of all summits that hold every word of {@code q}
     * (case and accents ignored), and, with {@code sdg} (a goal or a target), the outcomes naming it.
     */
    @Get("/recollection")
    @Secured({Roles.CHAIR_OFFICE, "RESOURCE_PERSON", "RAPPORTEUR"})
    List<RecollectionHit> recollection(Authentication authentication, @Nullable @QueryValue String q, @Nullable @QueryValue String sdg) {
        return recollection.search(callers.actor(authentication), q, sdg);
    }
}
