package org.convene.summit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The previous, the current and the next chairmanship; null (written out, not omitted) where there is none. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TroikaView(@Nullable ChairmanshipView previous, ChairmanshipView current, @Nullable ChairmanshipView next) {
}
