package org.convene.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.delegations.AttendeeInvitations;

/** The chair office resends an approved person's invitation to the platform. */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Registrations")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class InvitationController {
    private final AttendeeInvitations invitations;
    private final Callers callers;

    InvitationController(AttendeeInvitations invitations, Callers callers) {
        this.invitations = invitations;
        this.callers = callers;
    }

    /** {@code sent} is false when the person already chose a password: nothing was sent. */
    @Post("/registrations/{id}/invitation")
    Resent resend(Authentication authentication, long id) {
        return new Resent(invitations.resend(callers.actor(authentication), id));
    }

    @Serdeable
    record Resent(boolean sent) {
    }
}
