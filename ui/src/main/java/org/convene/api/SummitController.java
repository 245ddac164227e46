package org.convene.api;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.convene.platform.NotFoundException;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitOverview;
import org.convene.summit.SummitView;

/** Summits. Anyone signed in reads; the chair office writes. */
@Controller("/api/v1/summits")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Summits")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class SummitController {
    private final SummitManagement summits;

    SummitController(SummitManagement summits) {
        this.summits = summits;
    }

    @Get
    List<SummitView> list() {
        return summits.list();
    }

    @Get("/{id}")
    SummitView get(long id) {
        return summits.find(id).orElseThrow(() -> new NotFoundException("summit", id));
    }

    /** The summit with its troika, themes and rooms. */
    @Get("/{id}/overview")
    SummitOverview overview(long id) {
        return summits.overview(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.CHAIR_OFFICE)
    HttpResponse<SummitView> create(@Body SummitCommand command) {
        SummitView created = summits.create(command);
        return HttpResponse.created(created, URI.create("/api/v1/summits/" + created.id()));
    }

    @Put("/{id}")
    @Secured(Roles.CHAIR_OFFICE)
    SummitView update(long id, @Body SummitCommand command) {
        return summits.update(id, command);
    }

    /** The summit's language (en, fr or es): its summit report prints in it. */
    @Put("/{id}/language")
    @Secured(Roles.CHAIR_OFFICE)
    SummitView language(long id, @Body Language body) {
        return summits.setLanguage(id, body.language());
    }

    @Serdeable
    record Language(@Nullable String language) {
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.CHAIR_OFFICE)
    void delete(long id) {
        summits.delete(id);
    }
}
