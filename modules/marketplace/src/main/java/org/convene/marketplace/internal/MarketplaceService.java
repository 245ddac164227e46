package org.convene.marketplace.internal;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.convene.delegations.Actor;
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
import org.convene.marketplace.MarketplaceLimits;
import org.convene.marketplace.ProductCommand;
import org.convene.marketplace.ProductView;
import org.convene.marketplace.StageSlotView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.convene.platform.db.SqlErrors;
import org.convene.summit.SummitManagement;

/**
 * The facade: checks who asks, decodes uploads before any lock is taken, then runs each write in
 * {@link MarketplaceWrites} (retried whole on deadlock) and reads the result in a new transaction.
 * A unique key that refuses a write becomes the same ConflictException the checks under the locks give.
 */
@Singleton
class MarketplaceService implements Marketplace {
    private final MarketplaceWrites writes;
    private final MarketplaceReads reads;
    private final MarketplaceAccess access;
    private final Applications applications;
    private final Decisions decisions;
    private final FloorPlans plans;
    private final Products products;
    private final SummitManagement summits;
    private final StageSlots slots;

    MarketplaceService(MarketplaceWrites writes, MarketplaceReads reads, MarketplaceAccess access, Applications applications,
                       Decisions decisions, FloorPlans plans, Products products, SummitManagement summits, StageSlots slots) {
        this.writes = writes;
        this.reads = reads;
        this.access = access;
        this.applications = applications;
        this.decisions = decisions;
        this.plans = plans;
        this.products = products;
        this.summits = summits;
        this.slots = slots;
    }

    @Override
    public FloorPlanView plan(long summitId) {
        summit(summitId);
        return reads.plan(summitId);
    }

    @Override
    public FloorPlanView setGrid(Actor actor, long summitId, int columns, int rows) {
        MarketplaceAccess.requireOffice(actor, "change the floor plan");
        summit(summitId);
        write(() -> writes.setGrid(actor, summitId, columns, rows));
        return reads.plan(summitId);
    }

    @Override
    public FloorPlanView setImage(Actor actor, long summitId, byte[] image) {
        MarketplaceAccess.requireOffice(actor, "change the floor plan");
        summit(summitId);
        UploadedImages.Checked checked = UploadedImages.check("image", image, MarketplaceLimits.MAX_PLAN_BYTES);
        write(() -> writes.setImage(actor, summitId, checked));
        return reads.plan(summitId);
    }

    @Override
    public Optional<ImageFile> planImage(long summitId) {
        return plans.image(summitId).map(i -> new ImageFile(i.image(), i.imageType()));
    }

    @Override
    public List<BoothView> booths(long summitId) {
        summit(summitId);
        return reads.booths(summitId);
    }

    @Override
    public BoothView saveBooth(Actor actor, long summitId, Long boothId, BoothCommand command) {
        MarketplaceAccess.requireOffice(actor, "change booths");
        summit(summitId);
        BoothRow saved = conflictOnDuplicate(() -> writes.saveBooth(summitId, boothId, command),
                () -> new ConflictException("code", "marketplace.booth.code.taken", "another booth has this code"));
        return reads.booths(summitId).stream().filter(b -> b.id() == saved.id()).findFirst().orElseThrow();
    }

    @Override
    public void deleteBooth(Actor actor, long boothId) {
        MarketplaceAccess.requireOffice(actor, "delete booths");
        write(() -> writes.deleteBooth(boothId));
    }

    @Override
    public ApplicationView apply(Actor actor, long summitId, ApplicationCommand command) {
        summit(summitId);
        long registrationId = access.accredited(actor, summitId)
                .orElseThrow(() -> new AccessDeniedException("apply without an accredited registration at the summit")).id();
        ApplicationRow row = conflictOnDuplicate(() -> writes.apply(actor, summitId, registrationId, command),
                () -> new ConflictException("organisation", "marketplace.application.exists", "you applied meanwhile; reload"));
        return reads.view(applications.findById(row.id()).orElseThrow());
    }

    @Override
    public Optional<ApplicationView> ownApplication(Actor actor, long summitId) {
        return applications.findBySummitIdAndUserId(summitId, actor.userId()).map(reads::view);
    }

    @Override
    public boolean mayApply(Actor actor, long summitId) {
        return access.accredited(actor, summitId).isPresent();
    }

    @Override
    public ApplicationView application(Actor actor, long applicationId) {
        return reads.view(visible(actor, applicationId));
    }

    @Override
    public List<ApplicationView> applications(Actor actor, long summitId) {
        MarketplaceAccess.requireOffice(actor, "read applications");
        return reads.views(summitId, applications.findBySummitIdOrderById(summitId));
    }

    @Override
    public List<DecisionView> history(Actor actor, long applicationId) {
        visible(actor, applicationId);
        return decisions.findByApplicationIdOrderById(applicationId).stream()
                .map(d -> new DecisionView(d.status(), d.decidedBy(), d.decidedAt())).toList();
    }

    @Override
    public ProductView saveProduct(Actor actor, long applicationId, Long productId, ProductCommand command) {
        UploadedImages.Checked image = command.image() == null ? null
                : UploadedImages.check("image", command.image(), MarketplaceLimits.MAX_IMAGE_BYTES);
        ProductRow row = write(() -> writes.saveProduct(actor, applicationId, productId, command, image));
        return reads.view(applications.findById(applicationId).orElseThrow()).products().stream()
                .filter(p -> p.id() == row.id()).findFirst().orElseThrow();
    }

    @Override
    public void deleteProduct(Actor actor, long productId) {
        write(() -> writes.deleteProduct(actor, productId));
    }

    @Override
    public Optional<ImageFile> productImage(Actor actor, long productId) {
        return products.findById(productId).flatMap(p -> applications.findById(p.applicationId()))
                .filter(a -> a.status() == ApplicationStatus.ACCEPTED || MarketplaceAccess.office(actor)
                        || MarketplaceAccess.owns(actor, a))
                .flatMap(a -> products.image(productId))
                .map(i -> new ImageFile(i.image(), i.imageType()));
    }

    @Override
    public ApplicationView decide(Actor actor, long applicationId, ApplicationStatus status) {
        MarketplaceAccess.requireOffice(actor, "decide on applications");
        return reads.view(write(() -> writes.decide(actor, applicationId, status)));
    }

    @Override
    public ApplicationView allocate(Actor actor, long applicationId, long boothId) {
        MarketplaceAccess.requireOffice(actor, "allocate booths");
        conflictOnDuplicate(() -> {
            writes.allocate(actor, applicationId, boothId);
            return null;
        }, MarketplaceWrites::boothTaken);
        return reads.view(applications.findById(applicationId).orElseThrow());
    }

    @Override
    public ApplicationView freeBooth(Actor actor, long applicationId) {
        MarketplaceAccess.requireOffice(actor, "free booths");
        write(() -> writes.freeBooth(applicationId));
        return reads.view(applications.findById(applicationId).orElseThrow());
    }

    @Override
    public List<StageSlotView> stage(long summitId) {
        summit(summitId);
        return reads.stage(summitId);
    }

    @Override
    public StageSlotView addSlot(Actor actor, long summitId, LocalDateTime startsAt, int minutes) {
        MarketplaceAccess.requireOffice(actor, "change the stage");
        summit(summitId);
        StageSlotRow row = conflictOnDuplicate(() -> writes.addSlot(summitId, startsAt, minutes),
                () -> new ConflictException("startsAt", "marketplace.slot.overlap", "the slot overlaps another slot at the stage"));
        return slot(row);
    }

    @Override
    public void deleteSlot(Actor actor, long slotId) {
        MarketplaceAccess.requireOffice(actor, "change the stage");
        write(() -> writes.deleteSlot(slotId));
    }

    @Override
    public StageSlotView book(Actor actor, long slotId) {
        conflictOnDuplicate(() -> {
            writes.book(actor, slotId);
            return null;
        }, MarketplaceWrites::slotTaken);
        return slotById(slotId);
    }

    @Override
    public StageSlotView cancelBooking(Actor actor, long slotId) {
        return slot(write(() -> writes.cancelBooking(actor, slotId)));
    }

    @Override
    public List<ExhibitorView> exhibitors(long summitId, String query) {
        summit(summitId);
        return reads.exhibitors(summitId, query);
    }

    @Override
    public ExhibitorView exhibitor(long exhibitorId) {
        return applications.findById(exhibitorId).filter(a -> a.status() == ApplicationStatus.ACCEPTED)
                .map(a -> MarketplaceReads.exhibitor(reads.view(a)))
                .orElseThrow(() -> new NotFoundException("exhibitor", exhibitorId));
    }

    private StageSlotView slot(StageSlotRow row) {
        return reads.stage(row.summitId()).stream().filter(s -> s.id() == row.id()).findFirst().orElseThrow();
    }

    private StageSlotView slotById(long slotId) {
        return slot(slots.findById(slotId).orElseThrow(() -> new NotFoundException("stage slot", slotId)));
    }

    /** The owner's or the chair office's; anyone else's reads as missing. */
    private ApplicationRow visible(Actor actor, long applicationId) {
        return applications.findById(applicationId).filter(a -> MarketplaceAccess.office(actor) || MarketplaceAccess.owns(actor, a))
                .orElseThrow(() -> new NotFoundException("application", applicationId));
    }

    private void summit(long summitId) {
        if (summits.find(summitId).isEmpty()) {
            throw new NotFoundException("summit", summitId);
        }
    }

    private static void write(Runnable transaction) {
        DeadlockRetry.run(transaction);
    }

    private static <T> T write(Supplier<T> transaction) {
        return DeadlockRetry.run(transaction);
    }

    private static <T> T conflictOnDuplicate(Supplier<T> transaction, Supplier<ConflictException> conflict) {
        try {
            return DeadlockRetry.run(transaction);
        } catch (DataAccessException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }
}
