package org.convene.api;

import io.micronaut.core.annotation.Nullable;
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
import java.util.List;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.AttendeeSearch;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.MeetingView;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.OpenSpaceSetup;
import org.convene.openspace.RequestView;
import org.convene.openspace.ScheduleResult;

/**
 * The Open Space. Attendees (registrations of the summit, signed in with the registration's e-mail)
 * find findable attendees, request, answer and cancel meetings and read only their own; a request
 * they are not part of answers 404. The layout, all meetings and the scheduler are the chair
 * office's (403 otherwise). A double booking answers 409, a slot outside the Open Space 400.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Open Space")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class OpenSpaceController {
    private final OpenSpace openSpace;
    private final Callers callers;

    OpenSpaceController(OpenSpace openSpace, Callers callers) {
        this.openSpace = openSpace;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/open-space")
    OpenSpaceSetup setup(long summitId) {
        return openSpace.setup(summitId);
    }

    @Put("/summits/{summitId}/open-space")
    @Secured(Roles.CHAIR_OFFICE)
    OpenSpaceSetup configure(long summitId, @Body Layout layout, Authentication authentication) {
        return openSpace.configure(callers.actor(authentication), summitId, layout.slotMinutes(),
                layout.sessionIds() == null ? List.of() : layout.sessionIds());
    }

    @Post("/summits/{summitId}/open-space/places")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.CREATED)
    OpenSpaceSetup.Place addPlace(long summitId, @Body NewPlace place, Authentication authentication) {
        return openSpace.addPlace(callers.actor(authentication), summitId, place.name(), place.capacity());
    }

    @Delete("/open-space/places/{placeId}")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.NO_CONTENT)
    void removePlace(long placeId, Authentication authentication) {
        openSpace.removePlace(callers.actor(authentication), placeId);
    }

    @Get("/summits/{summitId}/open-space/attendees")
    List<AttendeeCard> attendees(long summitId, @Nullable @QueryValue String q, @Nullable @QueryValue Long groupId,
                                 @Nullable @QueryValue String country, Authentication authentication) {
        return openSpace.find(callers.actor(authentication), summitId, new AttendeeSearch(q, groupId, country));
    }

    @Post("/summits/{summitId}/open-space/requests")
    @Status(HttpStatus.CREATED)
    RequestView request(long summitId, @Body MeetingRequestCommand command, Authentication authentication) {
        return openSpace.request(callers.actor(authentication), summitId, command);
    }

    @Get("/summits/{summitId}/open-space/requests")
    List<RequestView> myRequests(long summitId, Authentication authentication) {
        return openSpace.myRequests(callers.actor(authentication), summitId);
    }

    @Post("/open-space/requests/{requestId}/accept")
    RequestView accept(long requestId, Authentication authentication) {
        return openSpace.respond(callers.actor(authentication), requestId, true);
    }

    @Post("/open-space/requests/{requestId}/decline")
    RequestView decline(long requestId, Authentication authentication) {
        return openSpace.respond(callers.actor(authentication), requestId, false);
    }

    @Post("/open-space/requests/{requestId}/cancel")
    RequestView cancel(long requestId, Authentication authentication) {
        return openSpace.cancel(callers.actor(authentication), requestId);
    }

    @Get("/summits/{summitId}/open-space/my-meetings")
    List<MeetingView> myMeetings(long summitId, Authentication authentication) {
        return openSpace.myMeetings(callers.actor(authentication), summitId);
    }

    @Get("/summits/{summitId}/open-space/meetings")
    @Secured(Roles.CHAIR_OFFICE)
    List<MeetingView> meetings(long summitId, Authentication authentication) {
        return openSpace.meetings(callers.actor(authentication), summitId);
    }

    /** Places the accepted requests for any slot. */
    @Post("/summits/{summitId}/open-space/schedule")
    @Secured(Roles.CHAIR_OFFICE)
    ScheduleResult schedule(long summitId, Authentication authentication) {
        return openSpace.schedule(callers.actor(authentication), summitId);
    }

    @Serdeable
    record Layout(int slotMinutes, @Nullable List<Long> sessionIds) {
    }

    @Serdeable
    record NewPlace(@Nullable String name, int capacity) {
    }
}
