package org.convene.programme;

/** Why a session is in someone's agenda: they chair it, speak in it, or may sit in it. */
public enum AgendaPart {
    CHAIR,
    SPEAKER,
    ATTENDING
}
