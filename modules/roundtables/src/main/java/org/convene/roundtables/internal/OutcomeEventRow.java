package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.roundtables.OutcomeStatus;

/** One step of an outcome's workflow, for the audit. */
@MappedEntity("roundtable_outcome_event")
record OutcomeEventRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, OutcomeStatus fromStatus, OutcomeStatus toStatus,
                       long actorUserId, Instant at, @Nullable String comment) {
}
