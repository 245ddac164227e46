package org.convene.identity;

/** The three stakeholder mechanisms of the forum, each with its own leads. */
public enum Mechanism {
    CIVIL_SOCIETY,
    BUSINESS,
    MAYORS
}
