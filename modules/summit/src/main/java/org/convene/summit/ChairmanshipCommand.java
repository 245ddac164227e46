package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** One or more chair states (ISO 3166-1 alpha-2) and a term; co-chairs make one chairmanship. */
@Serdeable
public record ChairmanshipCommand(@Nullable List<String> chairs, @Nullable LocalDate termStart, @Nullable LocalDate termEnd) {
}
