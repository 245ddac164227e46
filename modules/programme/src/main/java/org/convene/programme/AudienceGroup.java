package org.convene.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A stakeholder group a session may be reserved for. {@code kind} is the delegations module's
 * group kind name; {@code stateCode} or {@code name} tell states and named groups apart.
 */
@Serdeable
public record AudienceGroup(long id, String kind, @Nullable String stateCode, @Nullable String name) {
}
