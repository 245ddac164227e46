package org.convene.roundtables.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A roundtable's background paper. */
@MappedEntity("roundtable_paper")
record PaperRow(@Id long roundtableId, String fileName, byte[] content, int size, String sha256, long uploadedBy, Instant uploadedAt) {
}
