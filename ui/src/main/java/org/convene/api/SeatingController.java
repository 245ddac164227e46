package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.convene.roundtables.SeatView;
import org.convene.roundtables.Seating;
import org.convene.roundtables.SeatingPlan;
import org.convene.roundtables.SeatingPreferences;
import org.convene.roundtables.SeatingQuality;

/**
 * Seats at roundtables. A delegate's choices are read and set by the delegate, the lead or focal
 * point of their group and the chair office (anyone else: 404, as for registrations they may not
 * see); the assignment, the seating plan and seats by hand are the chair office's (403 otherwise);
 * a seat at a full roundtable answers 409.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Seating")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class SeatingController {
    private final Seating seating;
    private final Callers callers;

    SeatingController(Seating seating, Callers callers) {
        this.seating = seating;
        this.callers = callers;
    }

    @Get("/registrations/{id}/roundtable-preferences")
    SeatingPreferences preferences(long id, Authentication authentication) {
        return seating.preferences(callers.actor(authentication), id);
    }

    /** The choices first to third; an empty list clears them. */
    @Put("/registrations/{id}/roundtable-preferences")
    SeatingPreferences setPreferences(long id, @Body Choices choices, Authentication authentication) {
        return seating.setPreferences(callers.actor(authentication), id, choices.roundtableIds() == null ? List.of() : choices.roundtableIds());
    }

    @Get("/summits/{summitId}/seating")
    @Secured(Roles.CHAIR_OFFICE)
    SeatingPlan plan(long summitId, Authentication authentication) {
        return seating.plan(callers.actor(authentication), summitId);
    }

    @Get("/summits/{summitId}/seating/quality")
    @Secured(Roles.CHAIR_OFFICE)
    SeatingQuality quality(long summitId, Authentication authentication) {
        return seating.quality(callers.actor(authentication), summitId);
    }

    /** Runs the assignment: keeps seats placed by hand, replaces the others. */
    @Post("/summits/{summitId}/seating/assign")
    @Secured(Roles.CHAIR_OFFICE)
    SeatingQuality assign(long summitId, Authentication authentication) {
        return seating.assign(callers.actor(authentication), summitId);
    }

    @Put("/roundtables/{roundtableId}/seats/{registrationId}")
    @Secured(Roles.CHAIR_OFFICE)
    SeatView seat(long roundtableId, long registrationId, Authentication authentication) {
        return seating.seat(callers.actor(authentication), registrationId, roundtableId);
    }

    @Delete("/registrations/{registrationId}/seat")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.NO_CONTENT)
    void unseat(long registrationId, Authentication authentication) {
        seating.unseat(callers.actor(authentication), registrationId);
    }

    @Serdeable
    record Choices(@Nullable List<Long> roundtableIds) {
    }
}
