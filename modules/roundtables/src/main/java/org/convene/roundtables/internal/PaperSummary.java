package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;

/** A paper without its content, for lists. */
@Introspected
record PaperSummary(long roundtableId, String fileName, int size, String sha256, long uploadedBy, Instant uploadedAt) {
}
