package org.convene.summit;

import java.util.List;
import java.util.Optional;

/** Summits of the chairmanships. */
public interface SummitManagement {
    /**
     * @throws org.convene.platform.InvalidInputException for bad fields, an unknown chairmanship
     *         ({@code chairmanshipId}) or dates outside the chairmanship's term
     */
    SummitView create(SummitCommand command);

    SummitView update(long id, SummitCommand command);

    /** Deletes the summit with its themes and rooms. */
    void delete(long id);

    /** All summits, newest first. */
    List<SummitView> list();

    Optional<SummitView> find(long id);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    SummitOverview overview(long id);

    /**
     * Sets the summit's language, one of {@link SummitLimits#LANGUAGES}: its summit report prints in it.
     *
     * @throws org.convene.platform.InvalidInputException field {@code language} for another language
     * @throws org.convene.platform.NotFoundException for an unknown id
     */
    SummitView setLanguage(long id, String language);

    /** The summit's language; English until one is set. @throws org.convene.platform.NotFoundException for an unknown id */
    java.util.Locale language(long id);
}
