package org.convene.delegations.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.convene.delegations.DelegateRole;
import org.convene.platform.ConflictException;

/**
 * A group's quota: its places and, optionally, a cap per role. Plain arithmetic; the caller holds
 * the group's lock, so the occupancy it passes is the truth until it commits.
 */
record Quota(int places, Map<DelegateRole, Integer> roleQuotas) {
    static final String BELOW_TAKEN = "group.quota.below-taken";

    Quota {
        roleQuotas = Map.copyOf(roleQuotas);
    }

    /** Whether one more person of this role may take a place now. */
    boolean admits(DelegateRole role, Occupancy occupancy) {
        Integer roleCap = roleQuotas.get(role);
        return occupancy.taken() < places && (roleCap == null || occupancy.takenBy(role) < roleCap);
    }

    /**
     * The index of the first in line the quota admits, skipping those whose role is full: a waiting
     * adviser should not stay out because a second head of delegation is waiting ahead of them.
     */
    OptionalInt firstAdmitted(List<DelegateRole> waitingInOrder, Occupancy occupancy) {
        for (int i = 0; i < waitingInOrder.size(); i++) {
            if (admits(waitingInOrder.get(i), occupancy)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** A new quota may not take away places that are already taken. */
    void refuseBelow(Occupancy occupancy) {
        if (places < occupancy.taken()) {
            throw new ConflictException("places", BELOW_TAKEN,
                    "places cannot be fewer than the " + occupancy.taken() + " already taken");
        }
        roleQuotas.forEach((role, cap) -> {
            if (cap < occupancy.takenBy(role)) {
                throw new ConflictException("roleQuotas", BELOW_TAKEN,
                        "places for " + role + " cannot be fewer than the " + occupancy.takenBy(role) + " already taken");
            }
        });
    }
}
