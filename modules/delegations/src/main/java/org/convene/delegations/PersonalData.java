package org.convene.delegations;

import java.util.List;
import org.convene.platform.AccessDeniedException;

/**
 * The chair office's duties towards the people registered: hand a person everything held about
 * them, erase a person, and erase a whole summit once its retention date has passed. Erasure keeps
 * what the participation figures need (group, role, status, nationality, gender, dates) and clears
 * the rest; see docs/user-guide.md. Everyone but the chair office gets {@link AccessDeniedException}.
 */
public interface PersonalData {
    /** @throws org.convene.platform.NotFoundException for an unknown registration */
    PersonalDataExport export(Actor actor, long registrationId);

    /**
     * The same export for each of the signed-in person's own registrations (matched by their
     * account's e-mail), whatever their roles: everyone may see what is held about them.
     */
    java.util.List<PersonalDataExport> exportOwn(Actor actor);

    /**
     * Erases the person of this registration. Erasing an erased registration changes nothing and
     * answers an erasure of 0 registrations.
     *
     * @throws org.convene.platform.NotFoundException for an unknown registration
     */
    ErasureView erase(Actor actor, long registrationId);

    /**
     * Erases every registration of the summit.
     *
     * @throws org.convene.platform.ConflictException field {@code retentionDate}: code
     *         {@code erasure.retention.not-set} when the summit has no retention date, and
     *         {@code erasure.retention.not-over} until the day after it
     * @throws org.convene.platform.NotFoundException for an unknown summit
     */
    ErasureView eraseSummit(Actor actor, long summitId);

    /** The summit's erasures, oldest first. */
    List<ErasureView> erasures(Actor actor, long summitId);
}
