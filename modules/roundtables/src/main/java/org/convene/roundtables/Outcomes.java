package org.convene.roundtables;

import java.util.List;
import org.convene.delegations.Actor;

/**
 * The outcomes of roundtables, from the rapporteur's draft to the published text.
 *
 * <p>Who does what: the roundtable's rapporteur ({@code rapporteurUserId}) and the chair office
 * write while the outcome is a draft and submit it; the co-chairs (focal points of a co-chairing
 * state) and the chair office comment, review it or return it to draft; the chair office approves and
 * publishes. Attendees of the summit read published outcomes only, without any author. Anyone else
 * is refused with {@link org.convene.platform.AccessDeniedException}; an outcome an attendee may not
 * read is {@link org.convene.platform.NotFoundException}, so ids reveal nothing.
 *
 * <p>Chatham House: before submission every flag of {@link #check} must be gone (rephrased) or
 * resolved as a practice or a partnership. Every step of the workflow is recorded with who and when.
 */
public interface Outcomes {
    /** @throws org.convene.platform.NotFoundException for an unknown roundtable, or an unpublished outcome for an attendee */
    OutcomeView outcome(Actor reader, long roundtableId);

    /**
     * The summit's outcomes the reader deals with: all for the chair office, their own roundtables'
     * for a rapporteur, their state's co-chaired roundtables' once submitted for a focal point, and the
     * published ones for an attendee of the summit; by roundtable number.
     */
    List<OutcomeSummary> list(Actor reader, long summitId);

    /**
     * Saves the draft as a new revision when it differs from the stored one; an unchanged draft
     * saves nothing and answers the stored outcome (so an autosave may repeat itself).
     *
     * @param baseRevision the revision the editor started from
     * @throws org.convene.platform.ConflictException field {@code revision} when someone saved another
     *         revision since (nothing is overwritten), field {@code status} when the outcome is not a draft
     * @throws org.convene.platform.InvalidInputException a section too long or holding a script or an
     *         event handler (field of the section), SDG targets that are not SDGs ({@code sdgTargets})
     */
    OutcomeView save(Actor editor, long roundtableId, OutcomeDraft draft, int baseRevision);

    /** The saved revisions, newest first. */
    List<OutcomeVersion> versions(Actor reader, long roundtableId);

    /** @throws org.convene.platform.NotFoundException for a revision that was never saved */
    OutcomeVersion version(Actor reader, long roundtableId, int revision);

    /** Saves an older revision's text again as a new revision; as {@link #save}. */
    OutcomeView restore(Actor editor, long roundtableId, int revision, int baseRevision);

    /** The Chatham House check of the stored text: every flag, resolved or not, in the order of the sections. */
    List<OutcomeFlag> check(Actor reader, long roundtableId);

    /**
     * Marks a flag as a practice or a partnership rather than a statement; kept as long as that text stays.
     *
     * @throws org.convene.platform.NotFoundException field {@code flagKey} when no such flag is found now
     */
    List<OutcomeFlag> resolve(Actor editor, long roundtableId, String flagKey, OutcomeFlag.Resolution resolution);

    /**
     * @throws org.convene.platform.ConflictException field {@code flags} while flags are unresolved,
     *         {@code status} from any status but draft, {@code revision} when nothing is written
     */
    OutcomeView submit(Actor rapporteur, long roundtableId);

    /** SUBMITTED to REVIEWED, with an optional comment. */
    OutcomeView review(Actor coChair, long roundtableId, String comment);

    /** Back to the rapporteur from SUBMITTED, REVIEWED or APPROVED; the comment, required, says why. */
    OutcomeView returnToDraft(Actor coChair, long roundtableId, String comment);

    /** A reviewer's comment on a submitted or reviewed outcome; moves nothing. */
    void comment(Actor coChair, long roundtableId, String comment);

    /** REVIEWED to APPROVED, by the chair office. */
    OutcomeView approve(Actor office, long roundtableId);

    /** APPROVED to PUBLISHED, by the chair office. */
    OutcomeView publish(Actor office, long roundtableId);

    /** The workflow's steps and the reviewers' comments, oldest first; for editors and reviewers. */
    List<OutcomeEvent> history(Actor reader, long roundtableId);
}
