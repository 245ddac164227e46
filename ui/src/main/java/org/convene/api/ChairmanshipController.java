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
import org.convene.platform.NotFoundException;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.TroikaView;

/** Chairmanships and their troika. Anyone signed in reads; the chair office writes. */
@Controller("/api/v1/chairmanships")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Chairmanships")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class ChairmanshipController {
    private final ChairmanshipManagement chairmanships;

    ChairmanshipController(ChairmanshipManagement chairmanships) {
        this.chairmanships = chairmanships;
    }

    @Get
    List<ChairmanshipView> list() {
        return chairmanships.list();
    }

    @Get("/{id}")
    ChairmanshipView get(long id) {
        return chairmanships.find(id).orElseThrow(() -> new NotFoundException("chairmanship", id));
    }

    /** The previous, this and the next chairmanship, derived from the order of terms. */
    @Get("/{id}/troika")
    TroikaView troika(long id) {
        return chairmanships.troika(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.CHAIR_OFFICE)
    HttpResponse<ChairmanshipView> create(@Body ChairmanshipCommand command) {
        ChairmanshipView created = chairmanships.create(command);
        return HttpResponse.created(created, URI.create("/api/v1/chairmanships/" + created.id()));
    }

    @Put("/{id}")
    @Secured(Roles.CHAIR_OFFICE)
    ChairmanshipView update(long id, @Body ChairmanshipCommand command) {
        return chairmanships.update(id, command);
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.CHAIR_OFFICE)
    void delete(long id) {
        chairmanships.delete(id);
    }
}
