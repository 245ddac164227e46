package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.roundtables.OutcomeDraft;

/** One saved revision of an outcome's sections, as typed. */
@MappedEntity("roundtable_outcome_version")
record OutcomeVersionRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, int revision, String keyMessages,
                         String recommendations, String practices, String sdgTargets, long savedBy, Instant savedAt,
                         @Nullable Integer restoredFrom) {

    OutcomeDraft draft() {
        return new OutcomeDraft(keyMessages, recommendations, practices, sdgTargets);
    }
}
