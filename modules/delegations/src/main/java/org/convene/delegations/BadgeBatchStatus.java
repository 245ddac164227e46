package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * Where a batch of badges stands: {@code done} of {@code total} badges drawn; the PDF can be
 * fetched once {@code state} is DONE. {@code failure} says why a FAILED batch stopped.
 */
@Serdeable
public record BadgeBatchStatus(String id, long summitId, BadgeFormat format, State state, int total, int done,
                               Instant startedAt, @Nullable String failure) {
    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
