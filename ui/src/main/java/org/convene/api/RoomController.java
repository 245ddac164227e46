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
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;

/** Rooms of a summit's venue. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Rooms")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class RoomController {
    private final SummitSetup setup;

    RoomController(SummitSetup setup) {
        this.setup = setup;
    }

    @Get("/summits/{summitId}/rooms")
    List<RoomView> list(long summitId) {
        return setup.rooms(summitId);
    }

    @Post("/summits/{summitId}/rooms")
    @Status(HttpStatus.CREATED)
    @Secured(Roles.CHAIR_OFFICE)
    HttpResponse<RoomView> create(long summitId, @Body RoomCommand command) {
        RoomView created = setup.addRoom(summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/rooms/" + created.id()));
    }

    @Get("/rooms/{id}")
    RoomView get(long id) {
        return setup.room(id);
    }

    @Put("/rooms/{id}")
    @Secured(Roles.CHAIR_OFFICE)
    RoomView update(long id, @Body RoomCommand command) {
        return setup.updateRoom(id, command);
    }

    @Delete("/rooms/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(Roles.CHAIR_OFFICE)
    void delete(long id) {
        setup.deleteRoom(id);
    }
}
