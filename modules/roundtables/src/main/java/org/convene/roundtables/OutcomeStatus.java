package org.convene.roundtables;

/** Where an outcome stands: written by the rapporteur, reviewed by the co-chairs, approved and published by the chair office. */
public enum OutcomeStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    APPROVED,
    PUBLISHED
}
