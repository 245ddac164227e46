package org.convene.programme;

/**
 * What may be wrong with a session. Hard conflicts are refused when saving; soft ones are
 * warnings the chair office may accept (see docs/user-guide.md, "Programme").
 */
public enum ConflictKind {
    /** Two sessions overlap in one room: refused. */
    ROOM_DOUBLE_BOOKED(true),
    /** A chair or speaker is in two overlapping sessions: refused, nobody is in two places at once. */
    PERSON_DOUBLE_BOOKED(true),
    /** The session is not within the summit's dates: refused. */
    OUTSIDE_SUMMIT_DATES(true),
    /** More people are expected than the room holds: a warning (an estimate; overflow rooms exist). */
    ROOM_TOO_SMALL(false);

    private final boolean hard;

    ConflictKind(boolean hard) {
        this.hard = hard;
    }

    public boolean hard() {
        return hard;
    }
}
