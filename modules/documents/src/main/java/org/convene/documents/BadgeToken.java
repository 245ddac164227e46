package org.convene.documents;

/**
 * What a verified badge token says: which registration, and which print of its badge. Every reprint
 * gets the next serial, so the holder of the registration can tell a superseded badge from the
 * current one without the token carrying anything personal.
 *
 * @param registrationId the registration the badge was printed for
 * @param serial         1 for the first print, then one more for each reprint
 */
public record BadgeToken(long registrationId, int serial) {
    public BadgeToken {
        if (registrationId <= 0) {
            throw new IllegalArgumentException("registration ids are positive, was " + registrationId);
        }
        if (serial <= 0) {
            throw new IllegalArgumentException("badge serials start at 1, was " + serial);
        }
    }
}
