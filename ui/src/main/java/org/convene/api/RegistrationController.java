package org.convene.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StatusChangeView;

/**
 * Registrations of delegates, scoped like the UI: a lead or focal point works in their own group
 * only and never sees another group's people; the chair office decides; the desk checks in.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Registrations")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class RegistrationController {
    private final DelegateRegistration registrations;
    private final Callers callers;

    RegistrationController(DelegateRegistration registrations, Callers callers) {
        this.registrations = registrations;
        this.callers = callers;
    }

    /** Nominates a person: 201 with status NOMINATED, or WAITING_LIST with a position when the group is full. */
    @Post("/groups/{groupId}/registrations")
    @Status(HttpStatus.CREATED)
    HttpResponse<RegistrationView> nominate(Authentication authentication, long groupId, @Body Nomination nomination) {
        RegistrationView created = registrations.nominate(callers.actor(authentication), groupId, nomination.person(),
                nomination.customAnswers() == null ? Map.of() : nomination.customAnswers());
        return HttpResponse.created(created, URI.create("/api/v1/registrations/" + created.id()));
    }

    @Get("/summits/{summitId}/registrations{?group,status,country,role}")
    List<RegistrationView> list(Authentication authentication, long summitId, @Nullable @QueryValue Long group,
                                @Nullable @QueryValue RegistrationStatus status, @Nullable @QueryValue String country,
                                @Nullable @QueryValue DelegateRole role) {
        return registrations.list(callers.actor(authentication), summitId, new RegistrationFilter(group, status, country, role));
    }

    @Get("/summits/{summitId}/registrations/counts{?group}")
    Map<RegistrationStatus, Long> counts(Authentication authentication, long summitId, @Nullable @QueryValue Long group) {
        return registrations.counts(callers.actor(authentication), summitId, new RegistrationFilter(group, null, null, null));
    }

    @Get("/registrations/{id}")
    RegistrationView get(Authentication authentication, long id) {
        return registrations.find(callers.actor(authentication), id);
    }

    /** Who changed the status, when, and why: oldest first. */
    @Get("/registrations/{id}/history")
    List<StatusChangeView> history(Authentication authentication, long id) {
        return registrations.history(callers.actor(authentication), id);
    }

    @Post("/registrations/{id}/approve")
    RegistrationView approve(Authentication authentication, long id) {
        return registrations.approve(callers.actor(authentication), id);
    }

    @Post("/registrations/{id}/reject")
    RegistrationView reject(Authentication authentication, long id, @Body Rejection rejection) {
        return registrations.reject(callers.actor(authentication), id, rejection.reason());
    }

    @Post("/registrations/{id}/withdraw")
    RegistrationView withdraw(Authentication authentication, long id) {
        return registrations.withdraw(callers.actor(authentication), id);
    }

    @Post("/registrations/{id}/check-in")
    RegistrationView checkIn(Authentication authentication, long id) {
        return registrations.checkIn(callers.actor(authentication), id);
    }

    @Serdeable
    record Rejection(@Nullable String reason) {
    }

    /** The person's fields and, beside them in the same object, the answers to the summit's extra questions. */
    @Serdeable
    record Nomination(@JsonUnwrapped Person person, @Nullable Map<Long, String> customAnswers) {
    }
}
