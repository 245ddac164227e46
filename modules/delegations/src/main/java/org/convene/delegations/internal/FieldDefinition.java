package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.List;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;

/** A custom field of a summit's registration form; {@code choices} one per line. */
@MappedEntity("delegation_custom_field")
record FieldDefinition(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        int position,
        String label,
        CustomFieldType type,
        @Nullable String choices,
        boolean required,
        @Nullable Long shownWhenFieldId,
        @Nullable String shownWhenValue) {

    static FieldDefinition of(long summitId, int position, CustomFieldCommand c) {
        return new FieldDefinition(null, summitId, position, c.label(), c.type(), joined(c.choices()), Boolean.TRUE.equals(c.required()),
                c.shownWhenFieldId(), c.shownWhenValue());
    }

    FieldDefinition changed(CustomFieldCommand c) {
        return new FieldDefinition(id, summitId, position, c.label(), c.type(), joined(c.choices()), Boolean.TRUE.equals(c.required()),
                c.shownWhenFieldId(), c.shownWhenValue());
    }

    List<String> choiceList() {
        return choices == null || choices.isEmpty() ? List.of() : List.of(choices.split("\n"));
    }

    CustomFieldView view() {
        return new CustomFieldView(id, summitId, position, label, type, choiceList(), required, shownWhenFieldId, shownWhenValue);
    }

    private static String joined(List<String> choices) {
        return choices == null || choices.isEmpty() ? null : String.join("\n", choices);
    }
}
