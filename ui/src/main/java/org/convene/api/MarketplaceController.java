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
import java.time.LocalDateTime;
import java.util.List;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.DecisionView;
import org.convene.marketplace.ExhibitorView;
import org.convene.marketplace.FloorPlanView;
import org.convene.marketplace.ImageFile;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.ProductCommand;
import org.convene.marketplace.ProductKind;
import org.convene.marketplace.ProductView;
import org.convene.marketplace.StageSlotView;
import org.convene.platform.NotFoundException;

/**
 * The marketplace. Anyone reads the plan, booths, stage and accepted exhibitors. A participant with
 * an accredited registration keeps their own application and products (another's: 404); the chair
 * office sets plan, booths and slots, decides and allocates (others: 403). A booth or slot already
 * taken answers 409; a bad link or a file that is no PNG/JPEG answers 400.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Marketplace")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "apiToken")
class MarketplaceController {
    private final Marketplace marketplace;
    private final Callers callers;

    MarketplaceController(Marketplace marketplace, Callers callers) {
        this.marketplace = marketplace;
        this.callers = callers;
    }

    @Get("/summits/{summitId}/marketplace/plan")
    @Secured(SecurityRule.IS_ANONYMOUS)
    FloorPlanView plan(long summitId) {
        return marketplace.plan(summitId);
    }

    @Get(value = "/summits/{summitId}/marketplace/plan/image", produces = {MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> planImage(long summitId) {
        return image(marketplace.planImage(summitId).orElseThrow(() -> new NotFoundException("plan image of summit", summitId)));
    }

    @Put("/summits/{summitId}/marketplace/plan")
    @Secured(Roles.CHAIR_OFFICE)
    FloorPlanView setGrid(long summitId, @Body Grid grid, Authentication authentication) {
        return marketplace.setGrid(callers.actor(authentication), summitId, grid.columns(), grid.rows());
    }

    @Put(value = "/summits/{summitId}/marketplace/plan/image", consumes = {MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG,
            MediaType.APPLICATION_OCTET_STREAM})
    @Secured(Roles.CHAIR_OFFICE)
    FloorPlanView setImage(long summitId, @Body byte[] image, Authentication authentication) {
        return marketplace.setImage(callers.actor(authentication), summitId, image);
    }

    @Get("/summits/{summitId}/marketplace/booths")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<BoothView> booths(long summitId) {
        return marketplace.booths(summitId);
    }

    @Post("/summits/{summitId}/marketplace/booths")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.CREATED)
    BoothView addBooth(long summitId, @Body BoothCommand booth, Authentication authentication) {
        return marketplace.saveBooth(callers.actor(authentication), summitId, null, booth);
    }

    @Put("/summits/{summitId}/marketplace/booths/{boothId}")
    @Secured(Roles.CHAIR_OFFICE)
    BoothView updateBooth(long summitId, long boothId, @Body BoothCommand booth, Authentication authentication) {
        return marketplace.saveBooth(callers.actor(authentication), summitId, boothId, booth);
    }

    @Delete("/marketplace/booths/{boothId}")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.NO_CONTENT)
    void deleteBooth(long boothId, Authentication authentication) {
        marketplace.deleteBooth(callers.actor(authentication), boothId);
    }

    @Get("/summits/{summitId}/marketplace/exhibitors")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<ExhibitorView> exhibitors(long summitId, @Nullable @QueryValue String q) {
        return marketplace.exhibitors(summitId, q);
    }

    @Get("/marketplace/exhibitors/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ExhibitorView exhibitor(long id) {
        return marketplace.exhibitor(id);
    }

    /** An accepted exhibitor's product image for anyone; the owner's and the chair office's always. */
    @Get(value = "/marketplace/products/{id}/image", produces = {MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG})
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<byte[]> productImage(long id, @Nullable Authentication authentication) {
        return image(marketplace.productImage(authentication == null ? null : callers.actor(authentication), id)
                .orElseThrow(() -> new NotFoundException("product image", id)));
    }

    @Get("/summits/{summitId}/marketplace/stage")
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<StageSlotView> stage(long summitId) {
        return marketplace.stage(summitId);
    }

    @Post("/summits/{summitId}/marketplace/stage")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.CREATED)
    StageSlotView addSlot(long summitId, @Body NewSlot slot, Authentication authentication) {
        return marketplace.addSlot(callers.actor(authentication), summitId, slot.startsAt(), slot.minutes());
    }

    @Delete("/marketplace/stage/{slotId}")
    @Secured(Roles.CHAIR_OFFICE)
    @Status(HttpStatus.NO_CONTENT)
    void deleteSlot(long slotId, Authentication authentication) {
        marketplace.deleteSlot(callers.actor(authentication), slotId);
    }

    /** The caller's own accepted exhibit books the slot. */
    @Put("/marketplace/stage/{slotId}/booking")
    StageSlotView book(long slotId, Authentication authentication) {
        return marketplace.book(callers.actor(authentication), slotId);
    }

    @Delete("/marketplace/stage/{slotId}/booking")
    StageSlotView cancelBooking(long slotId, Authentication authentication) {
        return marketplace.cancelBooking(callers.actor(authentication), slotId);
    }

    /** The caller's own application (404 when they have none). */
    @Get("/summits/{summitId}/marketplace/application")
    ApplicationView ownApplication(long summitId, Authentication authentication) {
        return marketplace.ownApplication(callers.actor(authentication), summitId)
                .orElseThrow(() -> new NotFoundException("application at summit", summitId));
    }

    /** Creates or updates the caller's own application. */
    @Put("/summits/{summitId}/marketplace/application")
    ApplicationView apply(long summitId, @Body ApplicationCommand application, Authentication authentication) {
        return marketplace.apply(callers.actor(authentication), summitId, application);
    }

    @Get("/marketplace/applications/{id}")
    ApplicationView application(long id, Authentication authentication) {
        return marketplace.application(callers.actor(authentication), id);
    }

    @Get("/marketplace/applications/{id}/history")
    List<DecisionView> history(long id, Authentication authentication) {
        return marketplace.history(callers.actor(authentication), id);
    }

    @Post("/marketplace/applications/{id}/products")
    @Status(HttpStatus.CREATED)
    ProductView addProduct(long id, @Body Product product, Authentication authentication) {
        return marketplace.saveProduct(callers.actor(authentication), id, null, product.command());
    }

    @Put("/marketplace/applications/{id}/products/{productId}")
    ProductView updateProduct(long id, long productId, @Body Product product, Authentication authentication) {
        return marketplace.saveProduct(callers.actor(authentication), id, productId, product.command());
    }

    /** The product's image, PNG or JPEG; its other fields stay. */
    @Put(value = "/marketplace/applications/{id}/products/{productId}/image",
            consumes = {MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG, MediaType.APPLICATION_OCTET_STREAM})
    ProductView setProductImage(long id, long productId, @Body byte[] image, Authentication authentication) {
        var actor = callers.actor(authentication);
        ProductView p = marketplace.application(actor, id).products().stream().filter(x -> x.id() == productId).findFirst()
                .orElseThrow(() -> new NotFoundException("product", productId));
        return marketplace.saveProduct(actor, id, productId, new ProductCommand(p.kind(), p.title(), p.description(), p.link(), image, false));
    }

    @Delete("/marketplace/products/{productId}")
    @Status(HttpStatus.NO_CONTENT)
    void deleteProduct(long productId, Authentication authentication) {
        marketplace.deleteProduct(callers.actor(authentication), productId);
    }

    @Get("/summits/{summitId}/marketplace/applications")
    @Secured(Roles.CHAIR_OFFICE)
    List<ApplicationView> applications(long summitId, Authentication authentication) {
        return marketplace.applications(callers.actor(authentication), summitId);
    }

    @Put("/marketplace/applications/{id}/status")
    @Secured(Roles.CHAIR_OFFICE)
    ApplicationView decide(long id, @Body Decision decision, Authentication authentication) {
        return marketplace.decide(callers.actor(authentication), id, decision.status());
    }

    /** Gives the booth to the accepted exhibitor (409 when another holds it). */
    @Put("/marketplace/applications/{id}/booth/{boothId}")
    @Secured(Roles.CHAIR_OFFICE)
    ApplicationView allocate(long id, long boothId, Authentication authentication) {
        return marketplace.allocate(callers.actor(authentication), id, boothId);
    }

    @Delete("/marketplace/applications/{id}/booth")
    @Secured(Roles.CHAIR_OFFICE)
    ApplicationView freeBooth(long id, Authentication authentication) {
        return marketplace.freeBooth(callers.actor(authentication), id);
    }

    private static HttpResponse<byte[]> image(ImageFile image) {
        return HttpResponse.ok(image.content()).contentType(image.mediaType());
    }

    @Serdeable
    record Grid(int columns, int rows) {
    }

    @Serdeable
    record NewSlot(@Nullable LocalDateTime startsAt, int minutes) {
    }

    @Serdeable
    record Decision(@Nullable ApplicationStatus status) {
    }

    /** A product without its image (sent on its own as PNG or JPEG). */
    @Serdeable
    record Product(@Nullable ProductKind kind, @Nullable String title, @Nullable String description, @Nullable String link) {
        ProductCommand command() {
            return ProductCommand.of(kind, title, description, link);
        }
    }
}
