package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.RegistrationView;

/** Badge PDFs (chair office) and check-in by the badge's signed token (check-in desk). */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Badges and check-in")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class BadgeController {
    private final BadgePrinting badges;
    private final Callers callers;

    BadgeController(BadgePrinting badges, Callers callers) {
        this.badges = badges;
        this.callers = callers;
    }

    /** An A6 badge; the file name carries the registration id only, never a name. */
    @Get(value = "/registrations/{id}/badge.pdf", produces = "application/pdf")
    HttpResponse<byte[]> badge(Authentication authentication, long id) {
        return HttpResponse.ok(badges.badge(callers.actor(authentication), id))
                .header("Content-Disposition", "attachment; filename=\"badge-" + id + ".pdf\"");
    }

    @Post("/check-in")
    RegistrationView checkIn(Authentication authentication, @Body Scan scan) {
        return badges.checkIn(callers.actor(authentication), scan.token());
    }

    @Serdeable
    record Scan(@Nullable String token) {
    }
}
