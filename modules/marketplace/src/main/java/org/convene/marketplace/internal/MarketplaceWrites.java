package org.convene.marketplace.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.marketplace.ProductCommand;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/**
 * Every write in one transaction. The summit's plan row is its marketplace lock (plan, booths and
 * stage slots change under it); an application's row is locked before its booth or slot, always in
 * that order. READ COMMITTED, so a waiter reads what the holder committed. Unique keys back up
 * every rule that two people could break at once (see the migration).
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class MarketplaceWrites {
    static final int DEFAULT_COLUMNS = 6;
    static final int DEFAULT_ROWS = 4;
    private final FloorPlans plans;
    private final Booths booths;
    private final Applications applications;
    private final Decisions decisions;
    private final Products products;
    private final Allocations allocations;
    private final StageSlots slots;
    private final Bookings bookings;
    private final MarketplaceReads reads;
    private final ExhibitorMails mails;
    private final Clock clock;

    MarketplaceWrites(FloorPlans plans, Booths booths, Applications applications, Decisions decisions, Products products,
                      Allocations allocations, StageSlots slots, Bookings bookings, MarketplaceReads reads, ExhibitorMails mails,
                      Clock clock) {
        this.plans = plans;
        this.booths = booths;
        this.applications = applications;
        this.decisions = decisions;
        this.products = products;
        this.allocations = allocations;
        this.slots = slots;
        this.bookings = bookings;
        this.reads = reads;
        this.mails = mails;
        this.clock = clock;
    }

    FloorPlanRow lockSummit(long summitId) {
        plans.ensure(summitId, DEFAULT_COLUMNS, DEFAULT_ROWS);
        return plans.lock(summitId).orElseThrow();
    }

    void setGrid(Actor actor, long summitId, int columns, int rows) {
        MarketplaceRules.checkGrid(columns, rows);
        lockSummit(summitId);
        MarketplaceRules.checkBoothsFit(columns, rows, booths.findBySummitIdOrderByCode(summitId));
        plans.setGrid(summitId, columns, rows, actor.userId(), clock.instant());
    }

    void setImage(Actor actor, long summitId, UploadedImages.Checked image) {
        lockSummit(summitId);
        MarketplaceRules.checkBoothsFit(MarketplaceLimits.IMAGE_SCALE, MarketplaceLimits.IMAGE_SCALE, booths.findBySummitIdOrderByCode(summitId));
        plans.setImage(summitId, image.content(), image.mediaType(), image.width(), image.height(), actor.userId(), clock.instant());
    }

    BoothRow saveBooth(long summitId, Long boothId, BoothCommand command) {
        lockSummit(summitId);
        if (boothId != null) {
            booths.findById(boothId).filter(b -> b.summitId() == summitId).orElseThrow(() -> new NotFoundException("booth", boothId));
        }
        BoothRow row = MarketplaceRules.checkBooth(summitId, boothId, command, reads.plan(summitId),
                booths.findBySummitIdOrderByCode(summitId));
        return boothId == null ? booths.save(row) : booths.update(row);
    }

    void deleteBooth(long boothId) {
        BoothRow booth = booths.findById(boothId).orElseThrow(() -> new NotFoundException("booth", boothId));
        lockSummit(booth.summitId());
        booths.deleteById(boothId);
    }

    ApplicationRow apply(Actor actor, long summitId, long registrationId, ApplicationCommand command) {
        ApplicationCommand c = MarketplaceRules.checkApplication(command);
        Instant now = clock.instant();
        Optional<ApplicationRow> existing = applications.findBySummitIdAndUserId(summitId, actor.userId())
                .flatMap(a -> applications.lock(a.id()));
        if (existing.isPresent()) {
            return applications.update(existing.get().withText(c.organisation(), c.projectTitle(), c.description(), now));
        }
        ApplicationRow row = applications.save(new ApplicationRow(null, summitId, actor.userId(), registrationId, c.organisation(),
                c.projectTitle(), c.description(), ApplicationStatus.APPLIED, now, now, null, null));
        decisions.save(new DecisionRow(null, row.id(), ApplicationStatus.APPLIED, actor.userId(), now));
        return row;
    }

    ProductRow saveProduct(Actor actor, long applicationId, Long productId, ProductCommand command, UploadedImages.Checked image) {
        ProductCommand c = MarketplaceRules.checkProduct(command);
        ApplicationRow application = ownLocked(actor, applicationId);
        if (productId == null) {
            if (products.countByApplicationId(applicationId) >= MarketplaceLimits.MAX_PRODUCTS) {
                throw InvalidInputException.of("products", "marketplace.product.too-many", "at most 20 products");
            }
            return products.save(new ProductRow(null, application.id(), c.kind(), c.title(), c.description(), c.link(),
                    image == null ? null : image.content(), image == null ? null : image.mediaType()));
        }
        ProductRow old = products.findById(productId).filter(p -> p.applicationId() == applicationId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        byte[] bytes = image != null ? image.content() : c.removeImage() ? null : old.image();
        String type = image != null ? image.mediaType() : c.removeImage() ? null : old.imageType();
        return products.update(new ProductRow(productId, applicationId, c.kind(), c.title(), c.description(), c.link(), bytes, type));
    }

    void deleteProduct(Actor actor, long productId) {
        ProductRow row = products.findById(productId).orElseThrow(() -> new NotFoundException("product", productId));
        ownLocked(actor, row.applicationId());
        products.deleteById(productId);
    }

    ApplicationRow decide(Actor actor, long applicationId, ApplicationStatus status) {
        if (status == null || status == ApplicationStatus.APPLIED) {
            throw InvalidInputException.of("status", "marketplace.decision.status", "accept, reject or waitlist");
        }
        ApplicationRow application = locked(applicationId);
        if (status != ApplicationStatus.ACCEPTED) {
            allocations.deleteByApplicationId(applicationId);
            bookings.deleteByApplicationId(applicationId);
        }
        Instant now = clock.instant();
        decisions.save(new DecisionRow(null, applicationId, status, actor.userId(), now));
        ApplicationRow decided = applications.update(application.decided(status, actor.userId(), now));
        if (application.status() != status) {
            mails.decided(decided, status);
        }
        return decided;
    }

    void allocate(Actor actor, long applicationId, long boothId) {
        ApplicationRow application = locked(applicationId);
        if (application.status() != ApplicationStatus.ACCEPTED) {
            throw new ConflictException("applicationId", "marketplace.allocate.not-accepted", "only accepted exhibitors get a booth");
        }
        BoothRow booth = booths.lock(boothId).filter(b -> b.summitId() == application.summitId())
                .orElseThrow(() -> new NotFoundException("booth", boothId));
        Optional<AllocationRow> holder = allocations.findById(booth.id());
        if (holder.isPresent()) {
            if (holder.get().applicationId() == applicationId) {
                return;
            }
            throw boothTaken();
        }
        allocations.deleteByApplicationId(applicationId);
        allocations.save(new AllocationRow(booth.id(), applicationId, actor.userId(), clock.instant()));
        mails.boothGiven(application, booth.code());
    }

    void freeBooth(long applicationId) {
        locked(applicationId);
        allocations.deleteByApplicationId(applicationId);
    }

    StageSlotRow addSlot(long summitId, LocalDateTime start, int minutes) {
        lockSummit(summitId);
        MarketplaceRules.checkSlot(start, minutes, slots.findBySummitIdOrderByStartsAt(summitId));
        return slots.save(new StageSlotRow(null, summitId, start, start.plusMinutes(minutes)));
    }

    void deleteSlot(long slotId) {
        StageSlotRow slot = slots.findById(slotId).orElseThrow(() -> new NotFoundException("stage slot", slotId));
        lockSummit(slot.summitId());
        slots.deleteById(slotId);
    }

    void book(Actor actor, long slotId) {
        StageSlotRow slot = slots.findById(slotId).orElseThrow(() -> new NotFoundException("stage slot", slotId));
        ApplicationRow application = applications.findBySummitIdAndUserId(slot.summitId(), actor.userId())
                .flatMap(a -> applications.lock(a.id()))
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .orElseThrow(() -> new AccessDeniedException("book a stage slot"));
        slots.lock(slotId).orElseThrow(() -> new NotFoundException("stage slot", slotId));
        Optional<BookingRow> holder = bookings.findById(slotId);
        if (holder.isPresent()) {
            if (holder.get().applicationId() == application.id()) {
                return;
            }
            throw slotTaken();
        }
        if (bookings.findByApplicationId(application.id()).isPresent()) {
            throw new ConflictException("slotId", "marketplace.stage.already-booked",
                    "you already hold a slot at the stage; cancel it first");
        }
        bookings.save(new BookingRow(slotId, application.id(), clock.instant()));
    }

    StageSlotRow cancelBooking(Actor actor, long slotId) {
        StageSlotRow slot = slots.findById(slotId).orElseThrow(() -> new NotFoundException("stage slot", slotId));
        Optional<BookingRow> booking = bookings.findById(slotId);
        if (booking.isEmpty()) {
            return slot;
        }
        ApplicationRow application = locked(booking.get().applicationId());
        if (!MarketplaceAccess.office(actor) && !MarketplaceAccess.owns(actor, application)) {
            throw new AccessDeniedException("cancel another exhibitor's slot");
        }
        bookings.deleteById(slotId);
        return slot;
    }

    static ConflictException boothTaken() {
        return new ConflictException("boothId", "marketplace.booth.taken", "another exhibitor already has this booth");
    }

    static ConflictException slotTaken() {
        return new ConflictException("slotId", "marketplace.stage.slot-taken", "another exhibitor booked this slot meanwhile");
    }

    private ApplicationRow locked(long applicationId) {
        return applications.lock(applicationId).orElseThrow(() -> new NotFoundException("application", applicationId));
    }

    /** Someone else's application reads as missing. */
    private ApplicationRow ownLocked(Actor actor, long applicationId) {
        ApplicationRow application = locked(applicationId);
        if (!MarketplaceAccess.owns(actor, application)) {
            throw new NotFoundException("application", applicationId);
        }
        return application;
    }
}
