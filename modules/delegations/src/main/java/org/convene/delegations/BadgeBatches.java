package org.convene.delegations;

import java.util.List;

/**
 * Badges for many registrations at once, as one PDF made in the background. Chair office only. A
 * batch belongs to the user who started it: nobody else sees it or fetches its PDF. Batches are
 * kept in memory while the application runs (a page reload finds them, a restart does not) and
 * dropped an hour after they finish.
 */
public interface BadgeBatches {
    /**
     * Starts printing the badges of the registrations that match the filter and are approved or
     * already have a badge (a reprint, which revokes the earlier badge). When the PDF is made, the
     * approved ones become BADGE_ISSUED, all in one transaction.
     *
     * @throws org.convene.platform.InvalidInputException field {@code filter}, code {@code badge.batch.empty}
     *         when no registration matching the filter can have a badge
     */
    BadgeBatchStatus start(Actor actor, long summitId, RegistrationFilter filter, BadgeFormat format);

    /** @throws org.convene.platform.NotFoundException for an unknown batch or another user's */
    BadgeBatchStatus status(Actor actor, String batchId);

    /** The actor's batches, newest first. */
    List<BadgeBatchStatus> mine(Actor actor);

    /**
     * The PDF of a finished batch.
     *
     * @throws org.convene.platform.NotFoundException for an unknown batch or another user's
     * @throws org.convene.platform.ConflictException field {@code state}, code {@code badge.batch.not-done}
     */
    byte[] pdf(Actor actor, String batchId);
}
