package org.convene.delegations;

import java.util.List;
import org.convene.platform.AccessDeniedException;

/**
 * The chair office's decision on many nominations at once. All or nothing: the registrations are
 * checked first, under their groups' locks, and when any of them cannot be decided (unknown, or
 * not NOMINATED any more) nothing changes and an {@link org.convene.platform.InvalidInputException}
 * lists each one as field {@code registrations[<id>]} with the reason's code
 * ({@code registration.not-found}, {@code registration.transition.not-allowed}). The caller fixes
 * the selection and tries again; a half-done batch would leave the office guessing what happened.
 * Everyone else gets {@link AccessDeniedException}. Each registration gets its own history line and
 * event, as one decision would.
 */
public interface BulkDecisions {
    int MAX_REGISTRATIONS = 5_000;

    /** @return the approved registrations, in the order asked */
    List<RegistrationView> approveAll(Actor actor, List<Long> registrationIds);

    /**
     * One reason for all of them.
     *
     * @throws org.convene.platform.InvalidInputException field {@code reason} when none is given
     */
    List<RegistrationView> rejectAll(Actor actor, List<Long> registrationIds, String reason);
}
