package org.convene.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;

/** Themes of a summit, each with its resource person. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Themes")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class ThemeController {
    private final SummitSetup setup;

    ThemeController(SummitSetup setup) {
        this.setup = setup;
    }

    @Get("/summits/{summitId}/themes")
    List<ThemeView> list(long summitId) {
        return setup.themes(summitId);
    }

    @Post("/summits/{summitId}/themes")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.CHAIR_OFFICE)
    HttpResponse<ThemeView> create(long summitId, @Body ThemeCommand command) {
        ThemeView created = setup.addTheme(summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/themes/" + created.id()));
    }

    @Get("/themes/{id}")
    ThemeView get(long id) {
        return setup.theme(id);
    }

    @Put("/themes/{id}")
    @Secured(Roles.CHAIR_OFFICE)
    ThemeView update(long id, @Body ThemeCommand command) {
        return setup.updateTheme(id, command);
    }

    @Delete("/themes/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.CHAIR_OFFICE)
    void delete(long id) {
        setup.deleteTheme(id);
    }
}
