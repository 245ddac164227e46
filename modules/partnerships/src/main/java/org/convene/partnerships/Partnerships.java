package org.convene.partnerships;

import java.util.List;
import org.convene.roundtables.PublishedOutcome;

/**
 * The Platform for Partnerships. Reading is public; writes are for the chair office (callers check
 * the role). Every practice has a fingerprint of its name, location and period (case, accents,
 * punctuation and spacing ignored), unique in the catalogue: the same practice is never there twice.
 */
public interface Partnerships {
    /**
     * One page of the practices matching the query, by name, with facet counts per goal.
     *
     * @throws org.convene.platform.InvalidInputException field {@code sdg} for a text that is not one
     *         goal or target, {@code page} or {@code size} out of range
     */
    PracticePage search(PracticeQuery query);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    PracticeView practice(long id);

    /**
     * @throws org.convene.platform.InvalidInputException for bad fields (codes {@code practice.*},
     *         {@code sdg.invalid} on {@code sdgTargets})
     * @throws org.convene.platform.ConflictException field {@code name} when a practice with the same
     *         fingerprint exists
     */
    PracticeView create(PracticeCommand command);

    /** As {@link #create}; keeps the practice's roundtable link. */
    PracticeView update(long id, PracticeCommand command);

    /** Deletes the practice; nothing happens for an unknown id. */
    void delete(long id);

    /**
     * Imports a CSV file with exactly the columns {@link PracticeLimits#COLUMNS} (any order, a header
     * row first; UTF-8 with or without a byte-order mark; RFC 4180 quoting, fields may span lines).
     * Every row is checked; the good rows are saved together in one transaction, the bad ones
     * reported (all of them, with their row). A row whose practice is in the catalogue already is not
     * saved again and is no error, so importing the same file twice adds nothing the second time.
     * A file that cannot be read at all (not UTF-8, wrong header, too large) imports nothing.
     */
    PracticeImport importCsv(byte[] file);

    /**
     * A practice prefilled from a published outcome, for the chair office to edit before {@link #promote}:
     * its practices text as the aim, its SDG targets, the outcome as the source.
     */
    PracticeCommand draftFrom(PublishedOutcome outcome);

    /**
     * Saves a practice taken from a roundtable's published outcome, keeping the roundtable's id.
     *
     * @throws org.convene.platform.InvalidInputException field {@code roundtableId} when the roundtable
     *         has no published outcome; otherwise as {@link #create}
     */
    PracticeView promote(long roundtableId, PracticeCommand command);

    /** The practices promoted from a roundtable's outcome, by name. */
    List<PracticeView> ofRoundtable(long roundtableId);
}
