package org.convene.delegations.internal;

import static org.convene.delegations.RegistrationStatus.APPROVED;
import static org.convene.delegations.RegistrationStatus.BADGE_ISSUED;
import static org.convene.delegations.RegistrationStatus.CHECKED_IN;
import static org.convene.delegations.RegistrationStatus.NOMINATED;
import static org.convene.delegations.RegistrationStatus.REJECTED;
import static org.convene.delegations.RegistrationStatus.WAITING_LIST;
import static org.convene.delegations.RegistrationStatus.WITHDRAWN;

import org.convene.delegations.RegistrationStatus;
import org.convene.platform.ConflictException;

/**
 * The state machine of a registration: nominated → approved | rejected → badge issued → checked in,
 * waiting list → nominated when a place frees, and withdrawal from any state that is not final.
 */
final class Workflow {
    static final String NOT_ALLOWED = "registration.transition.not-allowed";
    static final String ALREADY_CHECKED_IN = "registration.already-checked-in";

    /** What can happen to a registration; {@code verb} names it in messages. */
    enum Action {
        APPROVE("approve"), REJECT("reject"), ISSUE_BADGE("issue a badge for"), CHECK_IN("check in"),
        WITHDRAW("withdraw"), PROMOTE("promote");

        final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    private Workflow() {
    }

    /** The status after the action, or a conflict when the action is not allowed from {@code from}. */
    static RegistrationStatus next(RegistrationStatus from, Action action) {
        RegistrationStatus to = switch (action) {
            case APPROVE -> from == NOMINATED ? APPROVED : null;
            case REJECT -> from == NOMINATED ? REJECTED : null;
            case ISSUE_BADGE -> from == APPROVED ? BADGE_ISSUED : null;
            case CHECK_IN -> from == BADGE_ISSUED ? CHECKED_IN : null;
            case WITHDRAW -> from.isFinal() ? null : WITHDRAWN;
            case PROMOTE -> from == WAITING_LIST ? NOMINATED : null;
        };
        if (to != null) {
            return to;
        }
        // The check-in desk needs to tell a second scan from a badge not yet valid.
        String code = action == Action.CHECK_IN && from == CHECKED_IN ? ALREADY_CHECKED_IN : NOT_ALLOWED;
        throw new ConflictException("status", code, "cannot " + action.verb + " a registration that is " + from);
    }
}
