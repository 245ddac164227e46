package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.convene.platform.InvalidInputException;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeEvent;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeSummary;
import org.convene.roundtables.OutcomeVersion;
import org.convene.roundtables.OutcomeView;
import org.convene.roundtables.Outcomes;

/**
 * Roundtable outcomes, scoped as in the UI by the facade: the roundtable's rapporteur and the chair
 * office write drafts (403 for anyone else, 409 for a stale {@code baseRevision} or an outcome that
 * is not a draft, 400 for scripts or bad SDG targets); submitting with unresolved Chatham House flags
 * answers 409; co-chairs' focal points review, the chair office approves and publishes; attendees of
 * the summit read published outcomes only, without author (404 before).
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Roundtable outcomes")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class OutcomeController {
    private final Outcomes outcomes;
    private final Callers callers;

    OutcomeController(Outcomes outcomes, Callers callers) {
        this.outcomes = outcomes;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/outcomes")
    List<OutcomeSummary> list(Authentication authentication, long summitId) {
        return outcomes.list(callers.actor(authentication), summitId);
    }

    @Get("/roundtables/{id}/outcome")
    OutcomeView get(Authentication authentication, long id) {
        return outcomes.outcome(callers.actor(authentication), id);
    }

    /** Saves the sections as a new revision when they changed; the same text again saves nothing. */
    @Put("/roundtables/{id}/outcome")
    OutcomeView save(Authentication authentication, long id, @Body OutcomeText body) {
        return outcomes.save(callers.actor(authentication), id,
                new OutcomeDraft(body.keyMessages(), body.recommendations(), body.practices(), body.sdgTargets()), base(body.baseRevision()));
    }

    @Get("/roundtables/{id}/outcome/flags")
    List<OutcomeFlag> flags(Authentication authentication, long id) {
        return outcomes.check(callers.actor(authentication), id);
    }

    @Post("/roundtables/{id}/outcome/flags/resolve")
    List<OutcomeFlag> resolve(Authentication authentication, long id, @Body Resolution body) {
        if (body.flagKey() == null || body.flagKey().isBlank()) {
            throw InvalidInputException.of("flagKey", "outcome.flag.required", "name the flag to resolve by its key");
        }
        return outcomes.resolve(callers.actor(authentication), id, body.flagKey(), body.resolution());
    }

    @Get("/roundtables/{id}/outcome/versions")
    List<OutcomeVersion> versions(Authentication authentication, long id) {
        return outcomes.versions(callers.actor(authentication), id);
    }

    @Get("/roundtables/{id}/outcome/versions/{revision}")
    OutcomeVersion version(Authentication authentication, long id, int revision) {
        return outcomes.version(callers.actor(authentication), id, revision);
    }

    @Post("/roundtables/{id}/outcome/versions/{revision}/restore")
    OutcomeView restore(Authentication authentication, long id, int revision, @Body Base body) {
        return outcomes.restore(callers.actor(authentication), id, revision, base(body.baseRevision()));
    }

    @Get("/roundtables/{id}/outcome/history")
    List<OutcomeEvent> history(Authentication authentication, long id) {
        return outcomes.history(callers.actor(authentication), id);
    }

    @Post("/roundtables/{id}/outcome/submit")
    OutcomeView submit(Authentication authentication, long id) {
        return outcomes.submit(callers.actor(authentication), id);
    }

    @Post("/roundtables/{id}/outcome/review")
    OutcomeView review(Authentication authentication, long id, @Nullable @Body Comment body) {
        return outcomes.review(callers.actor(authentication), id, body == null ? null : body.comment());
    }

    @Post("/roundtables/{id}/outcome/return")
    OutcomeView returnToDraft(Authentication authentication, long id, @Nullable @Body Comment body) {
        return outcomes.returnToDraft(callers.actor(authentication), id, body == null ? null : body.comment());
    }

    @Post("/roundtables/{id}/outcome/comments")
    @Status(HttpStatus.NO_CONTENT)
    void comment(Authentication authentication, long id, @Body Comment body) {
        outcomes.comment(callers.actor(authentication), id, body.comment());
    }

    @Post("/roundtables/{id}/outcome/approve")
    OutcomeView approve(Authentication authentication, long id) {
        return outcomes.approve(callers.actor(authentication), id);
    }

    @Post("/roundtables/{id}/outcome/publish")
    OutcomeView publish(Authentication authentication, long id) {
        return outcomes.publish(callers.actor(authentication), id);
    }

    private static int base(Integer baseRevision) {
        if (baseRevision == null || baseRevision < 0) {
            throw InvalidInputException.of("baseRevision", "outcome.revision.required",
                    "give the revision the text started from (0 for a new outcome)");
        }
        return baseRevision;
    }

    /** The four sections and the revision they were written from. */
    @Serdeable
    record OutcomeText(@Nullable String keyMessages, @Nullable String recommendations, @Nullable String practices,
                       @Nullable String sdgTargets, @Nullable Integer baseRevision) {
    }

    @Serdeable
    record Resolution(@Nullable String flagKey, @Nullable OutcomeFlag.Resolution resolution) {
    }

    @Serdeable
    record Base(@Nullable Integer baseRevision) {
    }

    @Serdeable
    record Comment(@Nullable String comment) {
    }
}
