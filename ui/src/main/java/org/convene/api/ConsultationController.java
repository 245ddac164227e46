package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.consultations.Observation;
import org.convene.identity.UserManagement;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/**
 * Regional consultations: the chair office edits them and their themes (a fourth theme answers
 * 409, a theme of another summit 400). Observations are read by the chair office and the resource
 * persons of the consultation's themes, and written only by the theme's own resource person or the
 * chair office (403 otherwise); the report PDF is read by the same people as the observations.
 */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Consultations")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class ConsultationController {
    private final Consultations consultations;
    private final UserManagement users;

    ConsultationController(Consultations consultations, UserManagement users) {
        this.consultations = consultations;
        this.users = users;
    }

    @Get("/summits/{summitId}/consultations")
    List<ConsultationView> list(long summitId) {
        return consultations.list(summitId);
    }

    @Post("/summits/{summitId}/consultations")
    @Status(HttpStatus.CREATED)
    HttpResponse<ConsultationView> create(long summitId, @Body ConsultationCommand command) {
        ConsultationView created = consultations.create(summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/consultations/" + created.id()));
    }

    @Get("/consultations/{id}")
    ConsultationView get(long id) {
        return consultations.consultation(id);
    }

    @Put("/consultations/{id}")
    ConsultationView update(long id, @Body ConsultationCommand command) {
        return consultations.update(id, command);
    }

    @Delete("/consultations/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        consultations.delete(id);
    }

    /** Adds a theme after the others: 409 when the consultation already has three. */
    @Post("/consultations/{id}/themes")
    ConsultationView addTheme(long id, @Body ThemeRef body) {
        if (body.themeId() == null) {
            throw InvalidInputException.of("themeId", "consultation.themes.required", "choose a theme");
        }
        return consultations.addTheme(id, body.themeId());
    }

    @Delete("/consultations/{id}/themes/{themeId}")
    ConsultationView removeTheme(long id, long themeId) {
        return consultations.removeTheme(id, themeId);
    }

    @Get("/consultations/{id}/themes/{themeId}/observations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Observation observations(Authentication authentication, long id, long themeId) {
        readable(authentication, id);
        return consultations.observations(id, themeId);
    }

    /** Saves Markdown; the answer carries the sanitised HTML. */
    @Put("/consultations/{id}/themes/{themeId}/observations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Observation saveObservations(Authentication authentication, long id, long themeId, @Body ObservationText body) {
        return consultations.saveObservations(editor(authentication), id, themeId, body.source());
    }

    @Get(value = "/consultations/{id}/report.pdf", produces = "application/pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> report(HttpRequest<?> request, Authentication authentication, long id, @Nullable @QueryValue String lang) {
        readable(authentication, id);
        return HttpResponse.ok(consultations.reportPdf(id, Languages.of(request, lang)))
                .header("Content-Disposition", "attachment; filename=\"consultation-" + id + ".pdf\"");
    }

    private void readable(Authentication authentication, long id) {
        if (!consultations.mayReadReport(editor(authentication), id)) {
            throw new AccessDeniedException("read this consultation");
        }
    }

    private Editor editor(Authentication authentication) {
        long userId = CurrentCaller.userId(authentication);
        return Editor.of(users.find(userId).orElseThrow(() -> new NotFoundException("user", userId)));
    }

    @Serdeable
    record ThemeRef(@Nullable Long themeId) {
    }

    @Serdeable
    record ObservationText(@Nullable String source) {
    }
}
