package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.BackgroundPaper;
import org.convene.roundtables.PaperView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;

/**
 * Roundtables: the chair office creates, edits, schedules and deletes them, appoints rapporteurs
 * and uploads background papers (the raw PDF as the body; anything else answers 400 with code
 * roundtable.paper.not-pdf or roundtable.paper.unreadable). The summit's attendees, its
 * roundtables' rapporteurs and co-chairs' focal points read them; the paper is downloaded by the
 * people the roundtables module names (403 otherwise, also for an id that does not exist).
 */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Roundtables")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class RoundtableController {
    private final Roundtables roundtables;
    private final Callers callers;

    RoundtableController(Roundtables roundtables, Callers callers) {
        this.roundtables = roundtables;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/roundtables")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<RoundtableDetails> list(Authentication authentication, long summitId) {
        if (!roundtables.mayRead(callers.actor(authentication), summitId)) {
            throw new AccessDeniedException("read this summit's roundtables");
        }
        return roundtables.details(summitId);
    }

    @Get("/roundtables/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    RoundtableDetails get(Authentication authentication, long id) {
        Actor actor = callers.actor(authentication);
        RoundtableDetails details;
        try {
            details = roundtables.detail(id);
        } catch (NotFoundException e) {
            // To anyone but the office an unknown id looks like one that is not theirs.
            throw office(actor) ? e : new AccessDeniedException("read this roundtable");
        }
        if (!roundtables.mayRead(actor, details.roundtable().summitId())) {
            throw new AccessDeniedException("read this roundtable");
        }
        return details;
    }

    @Post("/summits/{summitId}/roundtables")
    @Status(HttpStatus.CREATED)
    HttpResponse<RoundtableView> create(long summitId, @Body RoundtableCommand command) {
        RoundtableView created = roundtables.create(summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/roundtables/" + created.id()));
    }

    @Put("/roundtables/{id}")
    RoundtableView update(long id, @Body RoundtableCommand command) {
        return roundtables.update(id, command);
    }

    @Delete("/roundtables/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        roundtables.delete(id);
    }

    /** Appoints the rapporteur (any account, by user id); a null userId removes the rapporteur. */
    @Put("/roundtables/{id}/rapporteur")
    RoundtableView rapporteur(long id, @Body RapporteurRef body) {
        return roundtables.appointRapporteur(id, body.userId());
    }

    /** Room and time: 409 when the room is taken then, 400 for a room too small or times outside the summit. */
    @Put("/roundtables/{id}/schedule")
    RoundtableDetails schedule(long id, @Body Schedule body) {
        roundtables.schedule(id, body.roomId(), body.start(), body.end());
        return roundtables.detail(id);
    }

    @Delete("/roundtables/{id}/schedule")
    RoundtableDetails unschedule(long id) {
        roundtables.unschedule(id);
        return roundtables.detail(id);
    }

    /** Stores the PDF sent as the body, replacing any earlier paper; {@code name} is the file name to keep. */
    @Put(value = "/roundtables/{id}/paper", consumes = {"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    PaperView uploadPaper(Authentication authentication, long id, @Nullable @QueryValue String name, @Body byte[] content) {
        return roundtables.uploadPaper(id, name, content, CurrentCaller.userId(authentication));
    }

    @Get(value = "/roundtables/{id}/paper", produces = "application/pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> paper(Authentication authentication, long id) {
        if (!roundtables.mayReadPaper(callers.actor(authentication), id)) {
            throw new AccessDeniedException("read this roundtable's background paper");
        }
        BackgroundPaper paper = roundtables.paper(id).orElseThrow(() -> new NotFoundException("background paper of roundtable", id));
        return HttpResponse.ok(paper.content()).header("Content-Disposition", disposition(paper.fileName()))
                .header("Cache-Control", "private, no-store");
    }

    @Delete("/roundtables/{id}/paper")
    @Status(HttpStatus.NO_CONTENT)
    void removePaper(long id) {
        roundtables.removePaper(id);
    }

    /** RFC 6266: an ASCII name for old clients and the real one, in any script, as UTF-8. */
    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean office(Actor actor) {
        return actor.grants().stream().anyMatch(g -> g.role() == Role.CHAIR_OFFICE);
    }

    @Serdeable
    record RapporteurRef(@Nullable Long userId) {
    }

    @Serdeable
    record Schedule(@Nullable Long roomId, @Nullable LocalDateTime start, @Nullable LocalDateTime end) {
    }
}
