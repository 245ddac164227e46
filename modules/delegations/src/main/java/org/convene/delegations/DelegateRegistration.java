package org.convene.delegations;

import java.util.List;
import java.util.Map;
import org.convene.platform.AccessDeniedException;

/**
 * Delegates of a summit, from nomination to check-in. Leads and focal points nominate and withdraw
 * in their own group; the chair office approves, rejects and issues badges; the check-in desk
 * checks in. Writes into a group the actor may not change throw {@link AccessDeniedException};
 * reads of what the actor may not see throw {@link org.convene.platform.NotFoundException}.
 * Illegal status changes throw {@link org.convene.platform.ConflictException} with field
 * {@code status} and code {@code registration.transition.not-allowed}.
 */
public interface DelegateRegistration {
    /**
     * NOMINATED while the group (and the role's quota) has a free place, else WAITING_LIST with the
     * next position.
     *
     * @throws org.convene.platform.ConflictException field {@code email} when the person is already
     *         registered in this summit
     */
    default RegistrationView nominate(Actor actor, long groupId, Person person) {
        return nominate(actor, groupId, person, Map.of());
    }

    /**
     * As {@link #nominate(Actor, long, Person)}, with the answers to the summit's custom fields
     * (see {@link CustomFields}), checked with the person and saved in the same transaction.
     */
    RegistrationView nominate(Actor actor, long groupId, Person person, Map<Long, String> customAnswers);

    RegistrationView approve(Actor actor, long registrationId);

    /** @throws org.convene.platform.InvalidInputException field {@code reason} when none is given */
    RegistrationView reject(Actor actor, long registrationId, String reason);

    RegistrationView withdraw(Actor actor, long registrationId);

    /**
     * Moves the status only. Badges are printed through {@link BadgePrinting} or {@link BadgeBatches},
     * which also record the print's serial: a registration marked here has no badge that checks in
     * until one is printed.
     */
    RegistrationView markBadgeIssued(Actor actor, long registrationId);

    RegistrationView checkIn(Actor actor, long registrationId);

    RegistrationView find(Actor actor, long registrationId);

    /** Oldest first. */
    List<StatusChangeView> history(Actor actor, long registrationId);

    /** The registrations of the summit the actor may see, filtered, in order of arrival. */
    List<RegistrationView> list(Actor actor, long summitId, RegistrationFilter filter);

    /** How many registrations the actor may see are in each status (every status listed, zeros too). */
    Map<RegistrationStatus, Long> counts(Actor actor, long summitId, RegistrationFilter filter);

    /**
     * The registrations of the person signed in, at every summit, newest first: those whose e-mail
     * is the actor's account's. Nobody else's, whatever the actor's roles.
     */
    List<RegistrationView> own(Actor actor);
}
