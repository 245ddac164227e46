package org.convene.delegations.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFields;
import org.convene.platform.Problems;
import org.convene.platform.Texts;

/** The checks of a custom field's definition. */
final class FieldRules {
    static final String YES = "true";
    static final String NO = "false";

    private FieldRules() {
    }

    /**
     * Answers the command as stored. {@code earlier} are the fields a condition may point to: those
     * before this one in the form (all of the summit's fields for a new one).
     */
    static CustomFieldCommand check(CustomFieldCommand c, List<FieldDefinition> earlier) {
        Problems problems = new Problems();
        String label = Texts.stripped(c.label());
        problems.text("label", label, CustomFields.LABEL_MAX);
        problems.required("type", c.type());
        List<String> choices = c.type() == CustomFieldType.CHOICE ? choices(c.choices(), problems) : List.of();
        Long condition = c.shownWhenFieldId();
        String value = condition == null ? null : Texts.strippedOrNull(c.shownWhenValue());
        if (condition != null) {
            Optional<FieldDefinition> target = earlier.stream().filter(f -> f.id().equals(condition)).findFirst();
            if (target.isEmpty() || !(target.get().type() == CustomFieldType.CHOICE || target.get().type() == CustomFieldType.YES_NO)) {
                problems.add("shownWhenFieldId", "custom-field.condition.unknown",
                        "a field can depend only on an earlier choice or yes/no field of the same summit");
            } else if (value == null || !possibleAnswers(target.get()).contains(value)) {
                problems.add("shownWhenValue", "custom-field.condition.value", "the condition must be one of the answers of the field it depends on");
            }
        }
        problems.throwIfAny();
        return new CustomFieldCommand(label, c.type(), choices, Boolean.TRUE.equals(c.required()), condition, value);
    }

    /** What a choice or yes/no field can be answered, as stored. */
    static List<String> possibleAnswers(FieldDefinition field) {
        return field.type() == CustomFieldType.YES_NO ? List.of(YES, NO) : field.choiceList();
    }

    private static List<String> choices(List<String> given, Problems problems) {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String choice : given == null ? List.<String>of() : given) {
            String c = Texts.strippedOrNull(choice);
            if (c == null) {
                continue;
            }
            if (c.codePointCount(0, c.length()) > CustomFields.CHOICE_MAX || c.contains("\n") || c.contains("\r")) {
                problems.add("choices", "custom-field.choice.invalid", "a choice is one line of at most " + CustomFields.CHOICE_MAX + " characters");
            } else if (seen.add(c.toLowerCase(Locale.ROOT))) {
                clean.add(c);
            }
        }
        if (clean.isEmpty()) {
            problems.add("choices", "custom-field.choices.required", "a choice field needs at least one choice");
        } else if (clean.size() > CustomFields.MAX_CHOICES) {
            problems.add("choices", "custom-field.choices.too-many", "a choice field has at most " + CustomFields.MAX_CHOICES + " choices");
        }
        return clean;
    }
}
