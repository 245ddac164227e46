package org.convene.programme;

/**
 * Who may sit in a session: everyone registered, one stakeholder group ({@code audienceGroupId}),
 * or only the people invited by name.
 */
public enum Audience {
    OPEN,
    GROUP,
    INVITATION
}
