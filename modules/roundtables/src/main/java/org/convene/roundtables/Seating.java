package org.convene.roundtables;

import java.util.List;
import org.convene.delegations.Actor;

/**
 * Seats at a summit's roundtables. Delegates state up to three choices; the chair office runs an
 * assignment that fills the roundtables from the choices (never above capacity), then balances
 * them by region and stakeholder group, and places people by hand. Only accredited delegates
 * (approved, badge issued, checked in) are seated; preferences may be stated from nomination on.
 *
 * <p>Who may: preferences are read and set by the person themself (an account with the
 * registration's e-mail), the lead or focal point of the registration's group, and the chair
 * office; everything else is the chair office's.
 */
public interface Seating {
    /**
     * @throws org.convene.platform.NotFoundException for an unknown registration, or one the actor may not see
     */
    SeatingPreferences preferences(Actor actor, long registrationId);

    /**
     * Replaces the registration's choices: first, second, third, in that order, at most three
     * distinct roundtables of the registration's summit; an empty list clears them.
     *
     * @throws org.convene.platform.InvalidInputException ({@code roundtableIds}) for too many, repeated or
     *         unknown roundtables, or ones of another summit; ({@code registrationId}) for a registration
     *         that holds no place
     */
    SeatingPreferences setPreferences(Actor actor, long registrationId, List<Long> roundtableIds);

    /** The actor's own registrations in this summit that hold a place (usually one). */
    List<Long> ownRegistrations(Actor actor, long summitId);

    /**
     * Runs the assignment over all preferences of the summit: keeps manual seats and replaces every
     * other seat, in one transaction.
     *
     * @throws org.convene.platform.AccessDeniedException unless the chair office
     */
    SeatingQuality assign(Actor actor, long summitId);

    /**
     * Seats the delegate at the roundtable by hand (moving them if seated elsewhere).
     *
     * @throws org.convene.platform.ConflictException ({@code roundtableId}, {@code seat.full}) when the roundtable is full
     * @throws org.convene.platform.InvalidInputException for a registration of another summit or not accredited
     */
    SeatView seat(Actor actor, long registrationId, long roundtableId);

    /** Frees the delegate's seat, if any. */
    void unseat(Actor actor, long registrationId);

    /** Every roundtable with its seats, the delegates with preferences but no seat, and the quality. */
    SeatingPlan plan(Actor actor, long summitId);

    /** The quality figures alone. */
    SeatingQuality quality(Actor actor, long summitId);
}
