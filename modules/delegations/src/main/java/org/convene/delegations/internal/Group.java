package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.Locale;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;

/**
 * A stakeholder group of a summit. Its row is also the lock every change of its registrations
 * takes first, so counting places and taking one happen as one step.
 */
@MappedEntity("delegation_group")
record Group(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        GroupKind kind,
        @Nullable String stateCode,
        @Nullable String name,
        String groupKey,
        int places) {

    /** What makes a group unique in its summit: the state, the mechanism, or the kind and name. */
    static String key(GroupKind kind, String stateCode, String name) {
        return switch (kind) {
            case STATE_DELEGATION -> kind + ":" + stateCode;
            case OBSERVER, INVITED -> kind + ":" + name.toLowerCase(Locale.ROOT);
            default -> kind.name();
        };
    }

    Group withPlaces(int newPlaces) {
        return new Group(id, summitId, kind, stateCode, name, groupKey, newPlaces);
    }

    GroupView view(Map<DelegateRole, Integer> roleQuotas, Occupancy occupancy) {
        return new GroupView(id, summitId, kind, stateCode, name, places, roleQuotas, occupancy.taken(), occupancy.waiting());
    }
}
