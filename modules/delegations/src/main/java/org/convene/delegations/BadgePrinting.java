package org.convene.delegations;

/**
 * Badges of approved delegates and check-in by the badge's QR token. The token is opaque and
 * signed: it carries no personal data, and a leaked badge cannot be edited into another person's.
 */
public interface BadgePrinting {
    /**
     * One A6 badge as a PDF. Chair office only; an approved registration becomes BADGE_ISSUED, an
     * issued or checked-in one may be reprinted.
     *
     * @throws org.convene.platform.ConflictException field {@code status}, code {@code badge.not-approved}
     */
    byte[] badge(Actor actor, long registrationId);

    /**
     * Checks in the person whose badge carries this token.
     *
     * @throws org.convene.platform.InvalidInputException field {@code token}, code {@code badge.token.invalid}
     *         for a forged, altered or unreadable token
     */
    RegistrationView checkIn(Actor actor, String token);
}
