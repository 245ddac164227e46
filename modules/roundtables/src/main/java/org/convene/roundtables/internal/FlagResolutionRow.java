package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.roundtables.OutcomeFlag;

/** A flag of the Chatham House check that the rapporteur marked as a practice or a partnership. */
@MappedEntity("roundtable_outcome_flag_resolution")
record FlagResolutionRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, String flagKey, OutcomeFlag.Resolution resolution,
                         long resolvedBy, Instant resolvedAt) {
}
