package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The previous, the current and the next chairmanship (null where there is none yet). */
@Serdeable
public record TroikaView(@Nullable ChairmanshipView previous, ChairmanshipView current, @Nullable ChairmanshipView next) {
}
