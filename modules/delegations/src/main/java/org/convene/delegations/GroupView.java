package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * A group with its quota and how it is used: {@code taken} places and {@code waiting} people on
 * its waiting list.
 */
@Serdeable
public record GroupView(
        long id,
        long summitId,
        GroupKind kind,
        @Nullable String stateCode,
        @Nullable String name,
        int places,
        Map<DelegateRole, Integer> roleQuotas,
        int taken,
        int waiting) {
}
