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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.NotFoundException;

/** Accounts and their roles: the chair office's business only. */
@Controller("/api/v1/users")
@Secured(Roles.CHAIR_OFFICE)
@Tag(name = "Users")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class UserController {
    private final UserManagement users;

    UserController(UserManagement users) {
        this.users = users;
    }

    @Get
    List<UserView> list() {
        return users.list();
    }

    @Get("/{id}")
    UserView get(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<UserView> create(@Body NewUser user) {
        UserView created = users.create(user);
        return HttpResponse.created(created, URI.create("/api/v1/users/" + created.id()));
    }

    @Put("/{id}")
    UserView update(long id, @Body UserChange change) {
        return users.update(id, change);
    }
}
