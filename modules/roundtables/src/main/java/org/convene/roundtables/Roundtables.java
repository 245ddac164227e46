package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.delegations.Actor;

/**
 * The roundtables of summits. Writes are for the chair office (callers check the role). A new
 * roundtable takes the next number of its theme; numbers are never reused or shifted, and a
 * roundtable moved to another theme takes that theme's next number.
 */
public interface Roundtables {
    /**
     * @throws org.convene.platform.InvalidInputException for bad fields, a theme of another summit
     *         ({@code themeId}), an unknown state ({@code coChairs}, {@code teamStates}) or a group
     *         of another summit ({@code teamGroupIds})
     * @throws org.convene.platform.NotFoundException for an unknown summit
     */
    RoundtableView create(long summitId, RoundtableCommand command);

    /**
     * As {@link #create}. A scheduled roundtable's session follows its number, title, theme and
     * capacity; a capacity above its room's seats is refused (field {@code capacity}).
     */
    RoundtableView update(long roundtableId, RoundtableCommand command);

    /** Deletes the roundtable with its session, its background paper and its rapporteur's role. */
    void delete(long roundtableId);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    RoundtableView roundtable(long roundtableId);

    /** The summit's roundtables by number (theme, then number within the theme). */
    List<RoundtableView> list(long summitId);

    /** The summit's published outcomes by roundtable number. */
    List<PublishedOutcome> publishedOutcomes(long summitId);

    /**
     * Creates ({@code roundtableId} null) or updates a roundtable, schedules or unschedules it and
     * appoints its rapporteur, all in one transaction: a refusal at any step saves nothing. Problems
     * name the fields of {@link #create}, {@link #schedule} and {@link #appointRapporteur}.
     */
    RoundtableView save(long summitId, @Nullable Long roundtableId, RoundtableSetup setup);

    /**
     * Makes the user the roundtable's rapporteur, with the role {@code RAPPORTEUR} scoped to the
     * roundtable's id, and takes that role from the previous rapporteur; null removes the rapporteur.
     *
     * @throws org.convene.platform.InvalidInputException field {@code rapporteurUserId} for an
     *         unknown or deactivated account
     */
    RoundtableView appointRapporteur(long roundtableId, @Nullable Long userId);

    /**
     * Gives the roundtable its room and time as a programme session of kind ROUNDTABLE, titled
     * "RT 1.2 – title", by invitation (the seated delegates are its invited), expecting as many
     * people as the roundtable has seats; moves it when already scheduled. The programme's rules
     * apply in the same transaction.
     *
     * @throws org.convene.platform.InvalidInputException field {@code roomId} when the room seats
     *         fewer people than the roundtable's capacity or is not the summit's, {@code start} or
     *         {@code end} when missing, reversed or outside the summit's dates
     * @throws org.convene.platform.ConflictException field {@code roomId} when the room is taken then
     */
    RoundtableView schedule(long roundtableId, @Nullable Long roomId, @Nullable LocalDateTime start, @Nullable LocalDateTime end);

    /** Removes the roundtable's session from the programme; nothing happens when it has none. */
    RoundtableView unschedule(long roundtableId);

    /** The roundtable's room and time, when scheduled. */
    Optional<RoundtableSlot> slot(long roundtableId);

    /** The summit's roundtables by number, with room, time and paper. */
    List<RoundtableDetails> details(long summitId);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    RoundtableDetails detail(long roundtableId);

    /**
     * Stores the background paper, replacing any earlier one in one statement.
     *
     * @throws org.convene.platform.InvalidInputException field {@code paper}, code
     *         {@code roundtable.paper.required}, {@code roundtable.paper.too-large} (over
     *         {@link RoundtableLimits#PAPER_MAX_BYTES}), {@code roundtable.paper.not-pdf} (not a PDF
     *         by its first bytes) or {@code roundtable.paper.unreadable} (starts like a PDF but does not open)
     */
    PaperView uploadPaper(long roundtableId, @Nullable String fileName, byte[] content, long userId);

    /** The background paper, if there is one. */
    Optional<BackgroundPaper> paper(long roundtableId);

    /** Removes the background paper; nothing happens when there is none. */
    void removePaper(long roundtableId);

    /**
     * Whether the actor may read the summit's roundtables: the chair office, the summit's attendees,
     * its roundtables' rapporteurs and the focal points of their co-chairing states.
     */
    boolean mayRead(Actor actor, long summitId);

    /**
     * Whether the actor may download the roundtable's background paper: the chair office, its
     * rapporteur, the focal points of its co-chairs and preparation-team states, and the attendees
     * of its summit. False for an unknown roundtable, so ids reveal nothing.
     */
    boolean mayReadPaper(Actor actor, long roundtableId);
}
