package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.convene.delegations.BulkDecisions;
import org.convene.delegations.RegistrationView;

/**
 * The chair office's decision on many nominations at once, all or nothing: a 400 lists each
 * registration that could not be decided ({@code registrations[<id>]}) and nothing changes; anyone
 * else gets 403.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Registrations")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class BulkDecisionController {
    private final BulkDecisions decisions;
    private final Callers callers;

    BulkDecisionController(BulkDecisions decisions, Callers callers) {
        this.decisions = decisions;
        this.callers = callers;
    }

    @Post("/registrations/approve-all")
    List<RegistrationView> approveAll(Authentication authentication, @Body Selection selection) {
        return decisions.approveAll(callers.actor(authentication), selection.ids());
    }

    @Post("/registrations/reject-all")
    List<RegistrationView> rejectAll(Authentication authentication, @Body Selection selection) {
        return decisions.rejectAll(callers.actor(authentication), selection.ids(), selection.reason());
    }

    /** The registrations to decide on and, for a rejection, the one reason for all. */
    @Serdeable
    record Selection(@Nullable List<Long> ids, @Nullable String reason) {
    }
}
