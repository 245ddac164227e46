package org.convene.programme;

/** What a session of the summit is. */
public enum SessionKind {
    PLENARY,
    ROUNDTABLE,
    MECHANISM_MEETING,
    OPEN_SPACE,
    MARKETPLACE,
    SIDE_EVENT,
    CEREMONY
}
