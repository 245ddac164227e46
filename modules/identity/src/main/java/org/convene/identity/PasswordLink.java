package org.convene.identity;

import java.time.Instant;

/**
 * A one-time link to set a password, as its mail needs it. {@code token} is the secret itself:
 * it goes into the link and nowhere else (it is stored only as a hash, never logged).
 */
public record PasswordLink(long userId, String email, String displayName, String language, Purpose purpose, String token,
                           Instant expiresAt) {

    public enum Purpose {
        /** an approved attendee's first password */
        INVITATION,
        /** a forgotten password */
        RESET
    }

    /** Where the link leads inside the application: the set-password page, the secret its only parameter. */
    public String path() {
        return "/password?token=" + token;
    }

    @Override
    public String toString() {
        // Never print the secret, should a link end up in a log line or an exception.
        return "PasswordLink[userId=" + userId + ", purpose=" + purpose + ", expiresAt=" + expiresAt + "]";
    }
}
