package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * A stakeholder group of a summit: a state delegation names its {@code stateCode}, an observer or
 * invited group its {@code name}; the mechanisms need neither. {@code roleQuotas} optionally caps
 * roles inside the group (e.g. at most one head of delegation).
 */
@Serdeable
public record GroupCommand(
        @Nullable GroupKind kind,
        @Nullable String stateCode,
        @Nullable String name,
        @Nullable Integer places,
        @Nullable Map<DelegateRole, Integer> roleQuotas) {
}
