package org.convene.delegations;

/**
 * Where a registration stands: nominated → approved or rejected → badge issued → checked in;
 * withdrawn from any state that is not final. A full group puts new nominations on its waiting list.
 */
public enum RegistrationStatus {
    WAITING_LIST,
    NOMINATED,
    APPROVED,
    REJECTED,
    BADGE_ISSUED,
    CHECKED_IN,
    WITHDRAWN;

    /** Whether a registration in this status uses one of its group's places. */
    public boolean holdsPlace() {
        return this == NOMINATED || this == APPROVED || this == BADGE_ISSUED || this == CHECKED_IN;
    }

    /** Whether the person is accredited: approved, and possibly badged and checked in already. */
    public boolean isAccredited() {
        return this == APPROVED || this == BADGE_ISSUED || this == CHECKED_IN;
    }

    /** Whether a badge was issued to the person, checked in or not. */
    public boolean hasBadge() {
        return this == BADGE_ISSUED || this == CHECKED_IN;
    }

    /** Nothing follows a final status, not even a withdrawal. */
    public boolean isFinal() {
        return this == REJECTED || this == CHECKED_IN || this == WITHDRAWN;
    }
}
