package org.convene.consultations;

/** The editor may not do this (another theme's observations, a report of a consultation not theirs). The API answers 403. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String action) {
        super("not allowed to " + action);
    }
}
