package org.convene.delegations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A custom field of a summit's registration form, in the order the form asks them ({@code position}). */
@Serdeable
public record CustomFieldView(
        long id,
        long summitId,
        int position,
        String label,
        CustomFieldType type,
        List<String> choices,
        boolean required,
        @Nullable Long shownWhenFieldId,
        @Nullable String shownWhenValue) {

    /** The problems of a custom field's answer name it {@code custom.<id>}. */
    public String problemField() {
        return "custom." + id;
    }
}
