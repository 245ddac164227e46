package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A question the chair office adds to a summit's registration form. {@code choices} only for a
 * CHOICE field. With {@code shownWhenFieldId}, the field is asked only when that earlier CHOICE
 * or YES_NO field is answered {@code shownWhenValue} ({@code true}/{@code false} for yes/no).
 */
@Serdeable
public record CustomFieldCommand(
        @Nullable String label,
        @Nullable CustomFieldType type,
        @Nullable List<String> choices,
        @Nullable Boolean required,
        @Nullable Long shownWhenFieldId,
        @Nullable String shownWhenValue) {
}
