package org.convene.delegations.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.convene.delegations.DelegateRole;

/**
 * How a group's places are used: {@code taken} by registrations that hold a place (per role too),
 * and how many are {@code waiting}. Immutable; {@link #plus(DelegateRole)} answers the next state.
 */
record Occupancy(int taken, Map<DelegateRole, Integer> takenByRole, int waiting) {
    Occupancy {
        takenByRole = Map.copyOf(takenByRole);
    }

    static Occupancy of(Collection<Registration> registrations) {
        int taken = 0;
        int waiting = 0;
        Map<DelegateRole, Integer> byRole = new EnumMap<>(DelegateRole.class);
        for (Registration r : registrations) {
            if (r.status().holdsPlace()) {
                taken++;
                byRole.merge(r.role(), 1, Integer::sum);
            } else if (r.waitlistPosition() != null) {
                waiting++;
            }
        }
        return new Occupancy(taken, byRole, waiting);
    }

    int takenBy(DelegateRole role) {
        return takenByRole.getOrDefault(role, 0);
    }

    /** One more place taken by the role. */
    Occupancy plus(DelegateRole role) {
        Map<DelegateRole, Integer> byRole = new EnumMap<>(DelegateRole.class);
        byRole.putAll(takenByRole);
        byRole.merge(role, 1, Integer::sum);
        return new Occupancy(taken + 1, byRole, waiting);
    }
}
