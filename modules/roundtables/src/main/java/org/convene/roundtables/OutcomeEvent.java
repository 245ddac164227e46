package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A step of an outcome's workflow with the comment given with it, or a reviewer's comment alone
 * (then {@code from} and {@code to} are null: a comment moves nothing).
 */
@Serdeable
public record OutcomeEvent(@Nullable OutcomeStatus from, @Nullable OutcomeStatus to, long byUserId, @Nullable String byName, Instant at,
                           @Nullable String comment) {
    public boolean isComment() {
        return to == null;
    }
}
