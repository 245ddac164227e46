package org.convene.openspace.internal;

/**
 * Another transaction booked the chosen place for the slot between our look and our insert: the
 * unique key refused it and our transaction rolls back; the facade runs it again, and the new
 * transaction sees that meeting and picks another place.
 */
class PlaceTaken extends RuntimeException {
    PlaceTaken(Throwable cause) {
        super("the place was booked for that slot meanwhile", cause);
    }
}
