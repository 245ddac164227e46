package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.CustomForm;
import org.convene.platform.Problems;
import org.convene.platform.Texts;

/**
 * Checks and stores a registration's answers to its summit's custom fields. Answers to a field
 * the form does not show (its condition is not met) are dropped, so they never count as given.
 */
@Singleton
class CustomAnswers {
    private final FieldDefinitions definitions;
    private final FieldAnswers answers;

    CustomAnswers(FieldDefinitions definitions, FieldAnswers answers) {
        this.definitions = definitions;
        this.answers = answers;
    }

    /** The answers as stored (normalised, hidden ones dropped); every problem at once, field {@code custom.<id>}. */
    Map<Long, String> check(long summitId, Map<Long, String> given) {
        List<FieldDefinition> fields = definitions.findBySummitIdOrderByPosition(summitId);
        return check(fields, given);
    }

    static Map<Long, String> check(List<FieldDefinition> fields, Map<Long, String> given) {
        Problems problems = new Problems();
        Map<Long, FieldDefinition> byId = fields.stream().collect(Collectors.toMap(FieldDefinition::id, f -> f));
        Map<Long, String> normal = new HashMap<>();
        (given == null ? Map.<Long, String>of() : given).forEach((id, value) -> {
            FieldDefinition field = id == null ? null : byId.get(id);
            String v = Texts.strippedOrNull(value);
            if (field == null) {
                problems.add("custom." + id, "custom-field.unknown", "no such custom field in this summit");
            } else if (v != null) {
                normal.put(id, normalised(field, v, problems));
            }
        });
        List<CustomFieldView> views = fields.stream().map(FieldDefinition::view).toList();
        Set<Long> shown = new CustomForm(views).shown(normal);
        Map<Long, String> kept = new LinkedHashMap<>();
        for (FieldDefinition field : fields) {
            String v = normal.get(field.id());
            if (!shown.contains(field.id())) {
                continue;
            }
            if (v == null && field.required()) {
                problems.add("custom." + field.id(), "validation.required", field.label() + " must be answered");
            } else if (v != null) {
                kept.put(field.id(), v);
            }
        }
        problems.throwIfAny();
        return kept;
    }

    private static String normalised(FieldDefinition field, String value, Problems problems) {
        String name = "custom." + field.id();
        switch (field.type()) {
            case TEXT -> problems.optionalText(name, value, CustomFields.ANSWER_MAX);
            case CHOICE -> {
                // Matched without regard to case, stored as the chair office wrote it.
                String match = field.choiceList().stream().filter(c -> c.equalsIgnoreCase(value)).findFirst().orElse(null);
                if (match == null) {
                    problems.add(name, "custom-field.answer.choice", field.label() + " must be one of " + field.choiceList());
                }
                return match == null ? value : match;
            }
            case YES_NO -> {
                String yesNo = yesNo(value);
                if (yesNo == null) {
                    problems.add(name, "custom-field.answer.yes-no", field.label() + " must be yes or no");
                }
                return yesNo == null ? value : yesNo;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    problems.add(name, "custom-field.answer.date", field.label() + " must be a date as YYYY-MM-DD");
                }
            }
        }
        return value;
    }

    /** Yes and no in the languages of the screens, as a spreadsheet may carry them. */
    private static String yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "oui", "sí", "si", "1" -> FieldRules.YES;
            case "false", "no", "n", "non", "0" -> FieldRules.NO;
            default -> null;
        };
    }

    Map<Long, String> of(long registrationId) {
        Map<Long, String> found = new LinkedHashMap<>();
        answers.findByRegistrationId(registrationId).forEach(a -> found.put(a.fieldId(), a.answer()));
        return found;
    }

    /** Replaces the registration's answers with these, already checked. */
    void save(long registrationId, Map<Long, String> checked) {
        answers.deleteByRegistrationId(registrationId);
        answers.saveAll(checked.entrySet().stream()
                .map(e -> new FieldAnswer(null, registrationId, e.getKey(), e.getValue())).toList());
    }
}
