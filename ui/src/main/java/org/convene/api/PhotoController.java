package org.convene.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.delegations.DelegatePhotos;
import org.convene.platform.NotFoundException;

/**
 * A registration's photo: the group's lead or focal point and the chair office upload (the raw
 * JPEG or PNG bytes as the body) and remove it; whoever may see the registration reads it. What is
 * stored and returned is always our own re-encoded JPEG.
 */
@Controller("/api/v1/registrations/{id}/photo")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Registrations")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class PhotoController {
    private final DelegatePhotos photos;
    private final Callers callers;

    PhotoController(DelegatePhotos photos, Callers callers) {
        this.photos = photos;
        this.callers = callers;
    }

    /** 204 when stored; 400 with code photo.too-large, photo.type, photo.dimensions, photo.too-small or photo.unreadable. */
    @Put(consumes = {MediaType.IMAGE_JPEG, MediaType.IMAGE_PNG, MediaType.APPLICATION_OCTET_STREAM})
    HttpResponse<Void> set(Authentication authentication, long id, @Body byte[] photo) {
        photos.set(callers.actor(authentication), id, photo);
        return HttpResponse.noContent();
    }

    @Delete
    HttpResponse<Void> remove(Authentication authentication, long id) {
        photos.remove(callers.actor(authentication), id);
        return HttpResponse.noContent();
    }

    /** The stored JPEG; 404 when the registration has none. */
    @Get(produces = MediaType.IMAGE_JPEG)
    HttpResponse<byte[]> get(Authentication authentication, long id) {
        byte[] jpeg = photos.find(callers.actor(authentication), id).orElseThrow(() -> new NotFoundException("photo of registration", id));
        // A person's face: not for shared caches.
        return HttpResponse.ok(jpeg).header("Cache-Control", "private, no-store");
    }
}
