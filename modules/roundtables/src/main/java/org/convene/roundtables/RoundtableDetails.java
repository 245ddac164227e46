package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A roundtable with its room and time and its background paper, when it has them. */
@Serdeable
public record RoundtableDetails(RoundtableView roundtable, @Nullable RoundtableSlot slot, @Nullable PaperView paper) {
}
