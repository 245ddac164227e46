package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One saved revision of an outcome.
 *
 * @param restoredFrom the older revision this one copied, when it was a restore
 */
@Serdeable
public record OutcomeVersion(int revision, OutcomeDraft draft, long savedBy, @Nullable String savedByName, Instant savedAt,
                             @Nullable Integer restoredFrom) {
}
