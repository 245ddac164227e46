package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A place where an outcome may attribute what was said, against the Chatham House Rule: a
 * registered participant's name, or a phrase such as "Canada said" or "according to the delegate
 * of". The rapporteur rephrases the text (the flag disappears) or marks it as a practice or a
 * partnership that may be named.
 *
 * @param key        stable while the same text stays in the same section: kind, section and the
 *                   matched text folded to lower case without accents
 * @param start      where the match starts in the section's source, counted in chars
 * @param end        where it ends (exclusive)
 * @param text       the matched text as typed
 * @param snippet    the match with some text around it
 * @param count      how often the same text occurs in the section (one flag covers them all)
 * @param resolution how the rapporteur resolved it, or null while unresolved
 */
@Serdeable
public record OutcomeFlag(String key, Kind kind, OutcomeSection section, int start, int end, String text, String snippet, int count,
                          @Nullable Resolution resolution) {

    public boolean resolved() {
        return resolution != null;
    }

    /** What was found. */
    public enum Kind {
        /** the name of a participant registered for the summit */
        PARTICIPANT_NAME,
        /** a phrase that attributes speech to someone */
        ATTRIBUTION
    }

    /** What the flagged text is instead of a statement. */
    public enum Resolution {
        PRACTICE,
        PARTNERSHIP
    }
}
