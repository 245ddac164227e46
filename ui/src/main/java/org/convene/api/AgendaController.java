package org.convene.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.identity.UserManagement;
import org.convene.platform.NotFoundException;
import org.convene.programme.AgendaExports;
import org.convene.programme.PersonalAgenda;
import org.convene.programme.PersonalAgendas;

/**
 * Personal agendas: any registration's for the chair office; the caller's own (the registration
 * with their account's e-mail); and the private calendar feed, opened by its token alone.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Personal agendas")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class AgendaController {
    private final PersonalAgendas agendas;
    private final AgendaExports exports;
    private final UserManagement users;

    AgendaController(PersonalAgendas agendas, AgendaExports exports, UserManagement users) {
        this.agendas = agendas;
        this.exports = exports;
        this.users = users;
    }

    @Get("/registrations/{id}/agenda")
    @Secured(Roles.CHAIR_OFFICE)
    PersonalAgenda agenda(long id) {
        return agendas.agenda(id);
    }

    @Get(value = "/registrations/{id}/agenda.pdf", produces = "application/pdf")
    @Secured(Roles.CHAIR_OFFICE)
    HttpResponse<byte[]> agendaPdf(HttpRequest<?> request, long id, @Nullable @QueryValue String lang) {
        return pdf(exports.personalPdf(id, Languages.of(request, lang)), id);
    }

    @Get("/summits/{summitId}/my-agenda")
    PersonalAgenda mine(Authentication authentication, long summitId) {
        return agendas.agenda(own(authentication, summitId));
    }

    @Get(value = "/summits/{summitId}/my-agenda.pdf", produces = "application/pdf")
    HttpResponse<byte[]> minePdf(HttpRequest<?> request, Authentication authentication, long summitId, @Nullable @QueryValue String lang) {
        long id = own(authentication, summitId);
        return pdf(exports.personalPdf(id, Languages.of(request, lang)), id);
    }

    /** A new private feed address; any former one stops working. The token is shown only here. */
    @Post("/summits/{summitId}/my-agenda/feed")
    @Status(HttpStatus.CREATED)
    Feed newFeed(Authentication authentication, long summitId) {
        String token = agendas.newFeedToken(own(authentication, summitId));
        return new Feed(token, "/api/v1/agenda-feeds/" + token);
    }

    @Delete("/summits/{summitId}/my-agenda/feed")
    @Status(HttpStatus.NO_CONTENT)
    void revokeFeed(Authentication authentication, long summitId) {
        agendas.revokeFeed(own(authentication, summitId));
    }

    /** The calendar feed: the token is the only key, so calendar apps can subscribe; 404 once revoked. */
    @Get(value = "/agenda-feeds/{token}", produces = ProgrammeController.CALENDAR)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> feed(HttpRequest<?> request, String token, @Nullable @QueryValue String lang) {
        return HttpResponse.ok(exports.feed(token, Languages.of(request, lang))
                .orElseThrow(() -> new NotFoundException("feed", "of this address")));
    }

    private long own(Authentication authentication, long summitId) {
        long userId = CurrentCaller.userId(authentication);
        String email = users.find(userId).orElseThrow(() -> new NotFoundException("user", userId)).email();
        return agendas.registrationOf(summitId, email).orElseThrow(() -> new NotFoundException("registration", "of this account in summit " + summitId));
    }

    private static HttpResponse<byte[]> pdf(byte[] pdf, long registrationId) {
        return HttpResponse.ok(pdf).header("Content-Disposition", "attachment; filename=\"agenda-" + registrationId + ".pdf\"");
    }

    @Serdeable
    record Feed(String token, String path) {
    }
}
