package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One roundtable's outcome in a list: where it stands and what the reader may do with it.
 *
 * @param rapporteurUserId null for readers who see only published outcomes
 */
@Serdeable
public record OutcomeSummary(long roundtableId, String number, String title, OutcomeStatus status, int revision,
                             @Nullable Long rapporteurUserId, @Nullable Instant updatedAt, @Nullable Instant publishedAt,
                             boolean mayEdit, boolean mayReview, boolean mayDecide) {
}
