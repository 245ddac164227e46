package org.convene.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.delegations.Participation;
import org.convene.delegations.SummitFigures;

/** The dashboard's figures of a summit, for the chair office's own tools. */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Dashboard")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class FiguresController {
    private final Participation participation;
    private final Callers callers;

    FiguresController(Participation participation, Callers callers) {
        this.participation = participation;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/figures")
    SummitFigures figures(Authentication authentication, long summitId) {
        return participation.figures(callers.actor(authentication), summitId);
    }
}
