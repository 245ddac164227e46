package org.convene.roundtables;

import java.util.List;

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

    /** As {@link #create}. */
    RoundtableView update(long roundtableId, RoundtableCommand command);

    void delete(long roundtableId);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    RoundtableView roundtable(long roundtableId);

    /** The summit's roundtables by number (theme, then number within the theme). */
    List<RoundtableView> list(long summitId);

    /** The summit's published outcomes by roundtable number. */
    List<PublishedOutcome> publishedOutcomes(long summitId);
}
