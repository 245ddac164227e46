package org.convene.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import org.convene.identity.ApiTokenView;
import org.convene.identity.ApiTokens;
import org.convene.identity.NewApiToken;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.NotFoundException;

/** The caller's own account and personal API tokens. */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Me")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class MeController {
    private final UserManagement users;
    private final ApiTokens tokens;

    private final MyData.Gatherer myData;

    MeController(UserManagement users, ApiTokens tokens, MyData.Gatherer myData) {
        this.users = users;
        this.tokens = tokens;
        this.myData = myData;
    }

    /** Everything held about the caller (account, profile, registrations), as they may download it on their account page. */
    @Get("/personal-data")
    HttpResponse<MyData> personalData(Authentication authentication) {
        MyData data = myData.of(me(authentication));
        return HttpResponse.ok(data).header("Content-Disposition", "attachment; filename=\"my-data.json\"");
    }

    @Get
    UserView me(Authentication authentication) {
        long id = CurrentCaller.userId(authentication);
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Get("/tokens")
    List<ApiTokenView> tokens(Authentication authentication) {
        return tokens.list(CurrentCaller.userId(authentication));
    }

    /** Answers the token's secret: the only time it is ever shown. */
    @Post("/tokens")
    @Status(HttpStatus.CREATED)
    HttpResponse<NewApiToken> create(Authentication authentication, @Body TokenRequest request) {
        NewApiToken token = tokens.create(CurrentCaller.userId(authentication), request.name());
        return HttpResponse.created(token, URI.create("/api/v1/me/tokens/" + token.id()));
    }

    @Delete("/tokens/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void revoke(Authentication authentication, long id) {
        tokens.revoke(CurrentCaller.userId(authentication), id);
    }

    @Serdeable
    record TokenRequest(String name) {
    }
}
