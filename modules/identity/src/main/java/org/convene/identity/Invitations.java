package org.convene.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * Accounts people set up themselves: approved attendees get an account and a one-time, expiring
 * link to choose their password; anyone may ask for a reset link. The answers never reveal
 * whether an address has an account. Links are spent on use; a new link revokes the older ones.
 */
public interface Invitations {
    Duration INVITATION_VALIDITY = Duration.ofDays(14);
    Duration RESET_VALIDITY = Duration.ofHours(2);

    /**
     * Gives the person the {@link Role#ATTENDEE} role for the summit, creating their account the
     * first time (one account however many summits they attend) and reactivating it if needed.
     */
    AttendeeAccount inviteAttendee(String email, String displayName, String language, long summitId);

    /**
     * A new invitation link for an account whose owner has not chosen a password yet; the older
     * links stop working. Empty when the password is already set (they sign in, or reset it).
     */
    Optional<PasswordLink> resendInvitation(long userId);

    /**
     * Takes the summit's {@link Role#ATTENDEE} role away at once. An account left with no role is
     * deactivated and its open links revoked; it keeps any other summit's attendance.
     */
    void endAttendance(long userId, long summitId);

    /** The link's account and purpose while the link is valid (unused, unrevoked, unexpired). */
    Optional<PasswordLink> check(String token);

    /**
     * Sets the password through a valid link and spends it.
     *
     * @throws org.convene.platform.InvalidInputException field {@code token}, code
     *         {@code password-link.invalid}, for an unknown, used, revoked or expired link; field
     *         {@code password} for a password too short or too long
     */
    UserView setPassword(String token, String password);

    /**
     * Queues a mail with a reset link to an active account with this e-mail (logging the link when
     * no mail server is configured); nothing for any other address or when asked too often (per
     * address and per source). Callers answer the same in every case. The link is answered too,
     * for tests; a screen must not show it.
     */
    Optional<PasswordLink> requestReset(String email, String source);

    /**
     * Ends the summit's attendance and, when the account is left with no role at all, removes it
     * with everything it holds (erasure of the person). Nothing happens for an unknown id.
     */
    void forgetAttendance(long userId, long summitId);

    /** Removes the account and everything it holds (erasure). Nothing happens for an unknown id. */
    void erase(long userId);
}
