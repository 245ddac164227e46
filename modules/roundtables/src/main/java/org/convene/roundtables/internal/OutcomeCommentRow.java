package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A reviewer's comment on the revision they read. */
@MappedEntity("roundtable_outcome_comment")
record OutcomeCommentRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, int revision, long authorUserId, Instant writtenAt,
                         String body) {
}
