package org.convene.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;

/**
 * The extra questions of a summit's registration form and the answers of a registration. Everyone
 * signed in reads the questions; only the chair office changes them; answers are read and written
 * by those who may see the registration.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Custom registration fields")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class CustomFieldController {
    private final CustomFields fields;
    private final Callers callers;

    CustomFieldController(CustomFields fields, Callers callers) {
        this.fields = fields;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/custom-fields")
    List<CustomFieldView> list(long summitId) {
        return fields.list(summitId);
    }

    @Post("/summits/{summitId}/custom-fields")
    @Status(HttpStatus.CREATED)
    HttpResponse<CustomFieldView> define(Authentication authentication, long summitId, @Body CustomFieldCommand command) {
        CustomFieldView created = fields.define(callers.actor(authentication), summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/summits/" + summitId + "/custom-fields"));
    }

    @Put("/custom-fields/{id}")
    CustomFieldView change(Authentication authentication, long id, @Body CustomFieldCommand command) {
        return fields.change(callers.actor(authentication), id, command);
    }

    @Delete("/custom-fields/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(Authentication authentication, long id) {
        fields.delete(callers.actor(authentication), id);
    }

    @Get("/registrations/{id}/custom-answers")
    Map<Long, String> answers(Authentication authentication, long id) {
        return fields.answers(callers.actor(authentication), id);
    }

    @Put("/registrations/{id}/custom-answers")
    Map<Long, String> answer(Authentication authentication, long id, @Body Map<Long, String> answers) {
        return fields.answer(callers.actor(authentication), id, answers);
    }
}
