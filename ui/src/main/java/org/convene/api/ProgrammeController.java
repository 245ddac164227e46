package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.convene.programme.AgendaExports;
import org.convene.programme.Conflict;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionView;

/**
 * The programme of a summit: public to read (JSON, PDF, iCal), edited by the chair office, with
 * its conflict report. Overlapping sessions in one room answer 409.
 */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Programme")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class ProgrammeController {
    static final String CALENDAR = "text/calendar";
    private final Programme programme;
    private final AgendaExports exports;

    ProgrammeController(Programme programme, AgendaExports exports) {
        this.programme = programme;
        this.exports = exports;
    }

    /** The public programme: sessions by start, without invitation lists. */
    @Get("/summits/{summitId}/programme")
    @Secured(SecurityRule.IS_ANONYMOUS)
    PublicProgramme publicProgramme(long summitId) {
        List<SessionView> sessions = programme.sessions(summitId).stream().map(SessionView::withoutInvited).toList();
        return new PublicProgramme(summitId, programme.timeZone(summitId).getId(), sessions);
    }

    /** The programme as PDF, the whole summit or one {@code day}, in {@code lang} (en, fr, es) or the Accept-Language. */
    @Get(value = "/summits/{summitId}/programme.pdf", produces = "application/pdf")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> pdf(HttpRequest<?> request, long summitId, @Nullable @QueryValue LocalDate day, @Nullable @QueryValue String lang) {
        return HttpResponse.ok(exports.programmePdf(summitId, day, Languages.of(request, lang)))
                .header("Content-Disposition", "attachment; filename=\"programme-" + summitId + (day == null ? "" : "-" + day) + ".pdf\"");
    }

    @Get(value = "/summits/{summitId}/programme.ics", produces = CALENDAR)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> calendar(HttpRequest<?> request, long summitId, @Nullable @QueryValue String lang) {
        return HttpResponse.ok(exports.programmeCalendar(summitId, Languages.of(request, lang)))
                .header("Content-Disposition", "attachment; filename=\"programme-" + summitId + ".ics\"");
    }

    /** Every session with its invitation list, for the chair office. */
    @Get("/summits/{summitId}/sessions")
    List<SessionView> list(long summitId) {
        return programme.sessions(summitId);
    }

    @Post("/summits/{summitId}/sessions")
    @Status(HttpStatus.CREATED)
    HttpResponse<SessionView> create(long summitId, @Body SessionCommand command) {
        SessionView created = programme.create(summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/sessions/" + created.id()));
    }

    /** What saving this session would meet, hard conflicts and warnings, without saving. */
    @Post("/summits/{summitId}/sessions/check")
    List<Conflict> check(long summitId, @Nullable @QueryValue Long sessionId, @Body SessionCommand command) {
        return programme.check(summitId, sessionId, command);
    }

    @Get("/sessions/{id}")
    SessionView get(long id) {
        return programme.session(id);
    }

    @Put("/sessions/{id}")
    SessionView update(long id, @Body SessionCommand command) {
        return programme.update(id, command);
    }

    @Delete("/sessions/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        programme.delete(id);
    }

    /** The conflict report: every conflict among the summit's sessions. */
    @Get("/summits/{summitId}/conflicts")
    List<Conflict> conflicts(long summitId) {
        return programme.conflicts(summitId);
    }

    @Put("/summits/{summitId}/programme/time-zone")
    @Status(HttpStatus.NO_CONTENT)
    void timeZone(long summitId, @Body TimeZone body) {
        programme.setTimeZone(summitId, body.timeZone());
    }

    @Serdeable
    record PublicProgramme(long summitId, String timeZone, List<SessionView> sessions) {
    }

    @Serdeable
    record TimeZone(@Nullable String timeZone) {
    }
}
