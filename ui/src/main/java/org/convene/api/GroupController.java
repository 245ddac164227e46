package org.convene.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupView;
import org.convene.delegations.StakeholderGroups;
import org.convene.platform.NotFoundException;

/**
 * Stakeholder groups of a summit and their quotas. Each caller sees the groups their role and scope
 * allow (the chair office all of them); only the chair office creates groups and sets quotas.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Stakeholder groups")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class GroupController {
    private final StakeholderGroups groups;
    private final Callers callers;

    GroupController(StakeholderGroups groups, Callers callers) {
        this.groups = groups;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/groups")
    List<GroupView> list(Authentication authentication, long summitId) {
        return groups.list(callers.actor(authentication), summitId);
    }

    @Get("/groups/{id}")
    GroupView get(Authentication authentication, long id) {
        return groups.find(callers.actor(authentication), id).orElseThrow(() -> new NotFoundException("group", id));
    }

    @Post("/summits/{summitId}/groups")
    @Status(HttpStatus.CREATED)
    HttpResponse<GroupView> create(Authentication authentication, long summitId, @Body GroupCommand command) {
        GroupView created = groups.create(callers.actor(authentication), summitId, command);
        return HttpResponse.created(created, URI.create("/api/v1/groups/" + created.id()));
    }

    @Put("/groups/{id}/quota")
    GroupView quota(Authentication authentication, long id, @Body QuotaChange change) {
        return groups.changeQuota(callers.actor(authentication), id, change.places() == null ? -1 : change.places(),
                change.roleQuotas() == null ? Map.of() : change.roleQuotas());
    }

    @Serdeable
    record QuotaChange(@Nullable Integer places, @Nullable Map<DelegateRole, Integer> roleQuotas) {
    }
}
