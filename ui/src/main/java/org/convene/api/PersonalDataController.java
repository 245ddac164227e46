package org.convene.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.convene.delegations.ErasureView;
import org.convene.delegations.PersonalData;
import org.convene.delegations.PersonalDataExport;

/**
 * Delegates' personal data, for the chair office only (everyone else: 403): one person's data as
 * JSON, erasure of one person, and erasure of a whole summit after its retention date (409 before).
 */
@Controller("/api/v1")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Personal data")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class PersonalDataController {
    private final PersonalData personalData;
    private final Callers callers;

    PersonalDataController(PersonalData personalData, Callers callers) {
        this.personalData = personalData;
        this.callers = callers;
    }

    /** Everything held about the registered person, as a download named by the registration id only. */
    @Get("/registrations/{id}/personal-data")
    HttpResponse<PersonalDataExport> export(Authentication authentication, long id) {
        return HttpResponse.ok(personalData.export(callers.actor(authentication), id))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registration-" + id + "-personal-data.json\"");
    }

    /** Anonymises the person; the registration keeps its group, role, status, nationality and gender. */
    @Post("/registrations/{id}/erasure")
    ErasureView erase(Authentication authentication, long id) {
        return personalData.erase(callers.actor(authentication), id);
    }

    /** Anonymises every registration of the summit; 409 until the day after its retention date. */
    @Post("/summits/{id}/erasure")
    ErasureView eraseSummit(Authentication authentication, long id) {
        return personalData.eraseSummit(callers.actor(authentication), id);
    }

    /** Who erased what and when, oldest first. */
    @Get("/summits/{id}/erasures")
    List<ErasureView> erasures(Authentication authentication, long id) {
        return personalData.erasures(callers.actor(authentication), id);
    }
}
