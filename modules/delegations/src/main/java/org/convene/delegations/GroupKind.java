package org.convene.delegations;

import java.util.Optional;
import org.convene.identity.Mechanism;

/**
 * The kinds of stakeholder group of a summit. A state delegation names its state; the three
 * mechanisms exist once each per summit; observers and other invited groups carry a name.
 */
public enum GroupKind {
    STATE_DELEGATION,
    CIVIL_SOCIETY,
    BUSINESS,
    MAYORS,
    OBSERVER,
    INVITED;

    /** The mechanism whose leads run a group of this kind, if it is one of the three. */
    public Optional<Mechanism> mechanism() {
        return switch (this) {
            case CIVIL_SOCIETY -> Optional.of(Mechanism.CIVIL_SOCIETY);
            case BUSINESS -> Optional.of(Mechanism.BUSINESS);
            case MAYORS -> Optional.of(Mechanism.MAYORS);
            default -> Optional.empty();
        };
    }

    /** Observers and invited groups are told apart by their name. */
    public boolean isNamed() {
        return this == OBSERVER || this == INVITED;
    }
}
