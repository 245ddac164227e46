package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.delegations.Actor;

/**
 * The marketplace of a summit. The chair office sets the plan, booths and stage slots, decides on
 * applications and allocates booths. An accredited participant applies for their organisation and
 * keeps their own application and products; once accepted, they book one slot at the stage. Anyone,
 * signed in or not, reads the plan, the booths, the stage and the accepted exhibitors.
 * <p>
 * Bad input throws {@link org.convene.platform.InvalidInputException}; a booth or slot already taken
 * throws {@link org.convene.platform.ConflictException}; a write the actor may not make throws
 * {@link org.convene.platform.AccessDeniedException}; another person's application reads as
 * {@link org.convene.platform.NotFoundException}.
 */
public interface Marketplace {
    // --- the plan and booths (chair office writes, everyone reads)

    /** The summit's plan; a summit without one has a 6 × 4 grid. */
    FloorPlanView plan(long summitId);

    /** A grid plan; refused when a booth would fall outside it. Keeps no image. */
    FloorPlanView setGrid(Actor actor, long summitId, int columns, int rows);

    /** An uploaded plan image (PNG or JPEG, by its first bytes, decoded in full); booths then sit in percent of it. */
    FloorPlanView setImage(Actor actor, long summitId, byte[] image);

    Optional<ImageFile> planImage(long summitId);

    /** By code. */
    List<BoothView> booths(long summitId);

    /** Creates when {@code boothId} is null. The code is unique in the summit; booths do not overlap. */
    BoothView saveBooth(Actor actor, long summitId, @Nullable Long boothId, BoothCommand command);

    /** Frees the booth's exhibitor too. */
    void deleteBooth(Actor actor, long boothId);

    // --- applications

    /** Creates or updates the actor's own application; only with an accredited registration in the summit. */
    ApplicationView apply(Actor actor, long summitId, ApplicationCommand command);

    Optional<ApplicationView> ownApplication(Actor actor, long summitId);

    /** Whether the actor holds an accredited registration at the summit, so may apply. */
    boolean mayApply(Actor actor, long summitId);

    /** The owner's or the chair office's read. */
    ApplicationView application(Actor actor, long applicationId);

    /** Chair office: every application of the summit, oldest first. */
    List<ApplicationView> applications(Actor actor, long summitId);

    /** Oldest first. */
    List<DecisionView> history(Actor actor, long applicationId);

    /** Creates when {@code productId} is null. Only the application's owner. */
    ProductView saveProduct(Actor actor, long applicationId, @Nullable Long productId, ProductCommand command);

    void deleteProduct(Actor actor, long productId);

    /** Accepted exhibitors' images for anyone; others' for the owner and the chair office only. */
    Optional<ImageFile> productImage(@Nullable Actor actor, long productId);

    /** Chair office. Anything but ACCEPTED frees the exhibitor's booth and stage slot. */
    ApplicationView decide(Actor actor, long applicationId, ApplicationStatus status);

    /**
     * Chair office: gives the booth to an accepted exhibitor, moving them from any booth they held.
     *
     * @throws org.convene.platform.ConflictException field {@code boothId}, code {@code booth.taken},
     *         when another exhibitor holds the booth
     */
    ApplicationView allocate(Actor actor, long applicationId, long boothId);

    ApplicationView freeBooth(Actor actor, long applicationId);

    // --- the stage

    /** In time order. */
    List<StageSlotView> stage(long summitId);

    /** Chair office: a slot of {@code minutes}; slots of a summit never overlap. */
    StageSlotView addSlot(Actor actor, long summitId, LocalDateTime startsAt, int minutes);

    void deleteSlot(Actor actor, long slotId);

    /**
     * The actor's own accepted exhibit books the slot, one slot per exhibitor.
     *
     * @throws org.convene.platform.ConflictException field {@code slotId}: {@code stage.slot-taken} when
     *         someone else holds it, {@code stage.already-booked} when the exhibitor holds another
     */
    StageSlotView book(Actor actor, long slotId);

    /** The exhibitor frees their own slot; the chair office frees any. */
    StageSlotView cancelBooking(Actor actor, long slotId);

    // --- public reads

    /** Accepted exhibitors, by organisation; {@code query} matches organisation, project and products' titles (blank: all). */
    List<ExhibitorView> exhibitors(long summitId, @Nullable String query);

    /** An accepted exhibitor; any other id is not found. */
    ExhibitorView exhibitor(long exhibitorId);
}
