package org.convene.roundtables;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A roundtable's background paper without its content: what lists show. */
@Serdeable
public record PaperView(String fileName, int size, String sha256, long uploadedBy, Instant uploadedAt) {
}
