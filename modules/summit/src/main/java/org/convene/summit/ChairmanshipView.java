package org.convene.summit;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A chairmanship as the API answers it: {@code id}, {@code chairs}, {@code termStart}, {@code termEnd}. */
@Serdeable
public record ChairmanshipView(long id, List<String> chairs, LocalDate termStart, LocalDate termEnd) {
}
