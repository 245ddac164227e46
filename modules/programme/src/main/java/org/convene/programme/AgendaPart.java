package org.convene.programme;

/**
 * Why a session is in someone's agenda: they chair it, speak in it, or may sit in it; or it is a
 * meeting they booked (an Open Space meeting, added by an {@link AgendaContributor}).
 */
public enum AgendaPart {
    CHAIR,
    SPEAKER,
    ATTENDING,
    MEETING
}
