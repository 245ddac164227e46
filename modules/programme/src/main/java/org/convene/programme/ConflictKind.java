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
    /**
     * A chair or speaker no longer holds a place (withdrawn, rejected): refused when saving; the
     * report finds it when the registration changed after the session was saved.
     */
    PERSON_NOT_REGISTERED(true),
    /** The session's room is not (or no longer) one of the summit's venue: refused; found after a room was deleted. */
    ROOM_UNKNOWN(true),
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
