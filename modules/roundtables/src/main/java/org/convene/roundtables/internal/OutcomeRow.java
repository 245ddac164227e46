package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The outcome of a roundtable: each section as typed (Markdown) and as sanitised HTML, the SDG
 * targets as typed, and where it stands in the review (see {@code roundtable_outcome}).
 */
@MappedEntity("roundtable_outcome")
record OutcomeRow(
        @Id long roundtableId,
        String status,
        String keyMessages,
        String keyMessagesHtml,
        String recommendations,
        String recommendationsHtml,
        String practices,
        String practicesHtml,
        String sdgTargets,
        int revision,
        long updatedBy,
        Instant updatedAt,
        @Nullable Instant publishedAt) {
}
