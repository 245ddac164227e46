package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A step of an outcome's workflow, or a comment of a reviewer (then {@code from} and {@code to} are
 * the same status: a comment moves nothing).
 */
@Serdeable
public record OutcomeEvent(OutcomeStatus from, OutcomeStatus to, long byUserId, @Nullable String byName, Instant at,
                           @Nullable String comment) {
    public boolean isComment() {
        return from == to;
    }
}
