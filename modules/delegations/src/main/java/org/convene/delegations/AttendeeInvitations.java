package org.convene.delegations;

import org.convene.platform.AccessDeniedException;

/** The chair office's second chance for an approved person who lost or let expire their invitation. */
public interface AttendeeInvitations {
    /**
     * Mails the person a new link to choose their password; the links sent before stop working.
     *
     * @return false, sending nothing, when the person already chose a password (they sign in, or
     *         reset it themselves)
     * @throws AccessDeniedException unless the actor is the chair office
     * @throws org.convene.platform.ConflictException field {@code status}, code
     *         {@code invitation.not-approved}, for a registration that is not approved (or beyond)
     */
    boolean resend(Actor actor, long registrationId);
}
