package org.convene.marketplace;

/** Where an exhibitor's application stands; the chair office moves it between the last three freely. */
public enum ApplicationStatus {
    APPLIED,
    ACCEPTED,
    REJECTED,
    WAITLISTED
}
