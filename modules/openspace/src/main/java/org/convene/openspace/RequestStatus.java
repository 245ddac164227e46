package org.convene.openspace;

/** Where a meeting request stands. */
public enum RequestStatus {
    /** waiting for the invitees' answers */
    OPEN,
    /** everyone accepted a request for any slot: waiting for the scheduler */
    ACCEPTED,
    /** a place is booked for a slot */
    BOOKED,
    DECLINED,
    CANCELLED;

    /** Counts against the requester's cap on waiting requests. */
    public boolean waiting() {
        return this == OPEN || this == ACCEPTED;
    }
}
