package org.convene.openspace;

/** An invitee's answer. */
public enum Response {
    PENDING,
    ACCEPTED,
    DECLINED
}
