package org.convene.delegations;

/**
 * Badges of approved delegates and check-in by the badge's QR token. The token is opaque and
 * signed: it carries no personal data, and a leaked badge cannot be edited into another person's.
 */
public interface BadgePrinting {
    /**
     * One A6 badge as a PDF. Chair office only; an approved registration becomes BADGE_ISSUED, an
     * issued or checked-in one may be reprinted. Every print takes the next badge serial, so the
     * badge printed before no longer checks in.
     *
     * @throws org.convene.platform.ConflictException field {@code status}, code {@code badge.not-approved}
     */
    byte[] badge(Actor actor, long registrationId);

    /**
     * A copy of the badge as printed last, for the person it belongs to (matched by their account's
     * e-mail): the same serial, so their printed badge stays valid. Only once a badge was issued.
     *
     * @throws org.convene.platform.NotFoundException for a registration that is not the actor's
     * @throws org.convene.platform.ConflictException field {@code status}, code {@code badge.not-issued}
     */
    byte[] ownBadge(Actor actor, long registrationId);

    /**
     * Checks in the person whose badge carries this token.
     *
     * @throws AlreadyCheckedInException on a second scan, saying when and by whom the first was
     * @see #scan(Actor, String) for the refusals
     */
    RegistrationView checkIn(Actor actor, String token);

    /**
     * Checks in the person whose badge carries this token, or tells that they are in already (a
     * second scan is an answer, not an error).
     *
     * @throws org.convene.platform.InvalidInputException field {@code token}: code {@code badge.token.invalid}
     *         for a forged, altered or unreadable token, {@code badge.unknown} for a genuine token whose
     *         registration or badge is no longer known
     * @throws org.convene.platform.ConflictException field {@code token}: code {@code badge.revoked} when
     *         the registration was withdrawn or rejected, {@code badge.superseded} when the badge was
     *         reprinted since
     */
    CheckIn scan(Actor actor, String token);
}
