package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.convene.delegations.BadgeBatchStatus;
import org.convene.delegations.BadgeBatches;
import org.convene.delegations.BadgeFormat;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;

/**
 * Badges for a whole selection, made in the background (chair office): start a batch (202 with
 * its status and address), poll it, fetch the PDF when it is DONE. A batch is visible to the user
 * who started it only, and lives in memory: a restart forgets it.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Badges and check-in")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class BadgeBatchController {
    private final BadgeBatches batches;
    private final Callers callers;

    BadgeBatchController(BadgeBatches batches, Callers callers) {
        this.batches = batches;
        this.callers = callers;
    }

    @Post("/summits/{summitId}/badge-batches")
    @Status(HttpStatus.ACCEPTED)
    HttpResponse<BadgeBatchStatus> start(Authentication authentication, long summitId, @Body Selection selection) {
        BadgeBatchStatus started = batches.start(callers.actor(authentication), summitId,
                new RegistrationFilter(selection.group(), selection.status(), selection.country(), selection.role()), selection.format());
        return HttpResponse.<BadgeBatchStatus>status(HttpStatus.ACCEPTED).body(started)
                .header("Location", URI.create("/api/v1/badge-batches/" + started.id()).toString());
    }

    @Get("/badge-batches")
    List<BadgeBatchStatus> mine(Authentication authentication) {
        return batches.mine(callers.actor(authentication));
    }

    @Get("/badge-batches/{id}")
    BadgeBatchStatus status(Authentication authentication, String id) {
        return batches.status(callers.actor(authentication), id);
    }

    /** 409 (code badge.batch.not-done) until the batch is DONE. */
    @Get(value = "/badge-batches/{id}/badges.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(Authentication authentication, String id) {
        return HttpResponse.ok(batches.pdf(callers.actor(authentication), id))
                .header("Content-Disposition", "attachment; filename=\"badges-" + id + ".pdf\"");
    }

    /** Which registrations (any field may be left out) and how to print them (A6 when left out). */
    @Serdeable
    record Selection(@Nullable Long group, @Nullable RegistrationStatus status, @Nullable String country,
                     @Nullable DelegateRole role, @Nullable BadgeFormat format) {
    }
}
