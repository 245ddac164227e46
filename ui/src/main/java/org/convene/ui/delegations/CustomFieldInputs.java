package org.convene.ui.delegations;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.CustomForm;

/**
 * The inputs of a summit's custom fields, each shown only while its condition holds, with the
 * same rule as the server ({@link CustomForm}). Answers in the server's form: text, the choice,
 * {@code true}/{@code false}, or an ISO date.
 */
public class CustomFieldInputs {
    private final CustomForm form;
    private final Map<Long, Component> inputs = new LinkedHashMap<>();

    public CustomFieldInputs(List<CustomFieldView> fields) {
        this.form = new CustomForm(fields);
        for (CustomFieldView field : fields) {
            Component input = input(field);
            input.setId(field.problemField().replace('.', '-'));
            ((HasValue<?, ?>) input).addValueChangeListener(e -> showWhatApplies());
            inputs.put(field.id(), input);
        }
        showWhatApplies();
    }

    /** Adds the inputs to a form, each across its full width. */
    public void addTo(FormLayout layout) {
        inputs.values().forEach(input -> {
            layout.add(input);
            layout.setColspan(input, 2);
        });
    }

    public Map<Long, String> answers() {
        Map<Long, String> answers = new HashMap<>();
        inputs.forEach((id, input) -> {
            String value = answerOf(input);
            if (value != null && !value.isBlank()) {
                answers.put(id, value);
            }
        });
        return answers;
    }

    public void setAnswers(Map<Long, String> answers) {
        inputs.forEach((id, input) -> set(input, answers.get(id)));
        showWhatApplies();
    }

    /** The inputs under the names the server gives their problems ({@code custom.<id>}). */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        inputs.forEach((id, input) -> fields.put("custom." + id, (HasValidation) input));
        return fields;
    }

    private void showWhatApplies() {
        Set<Long> shown = form.shown(answers());
        inputs.forEach((id, input) -> input.setVisible(shown.contains(id)));
    }

    private Component input(CustomFieldView field) {
        Component input = switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(field.label());
                text.setMaxLength(CustomFields.ANSWER_MAX);
                text.setRequiredIndicatorVisible(field.required());
                yield text;
            }
            case CHOICE -> choice(field.label(), field.choices(), field.required(), c -> c);
            case YES_NO -> choice(field.label(), List.of("true", "false"), field.required(), CustomFieldInputs::yesNoLabel);
            case DATE -> {
                DatePicker date = new DatePicker(field.label());
                date.setRequiredIndicatorVisible(field.required());
                yield date;
            }
        };
        return input;
    }

    private static Select<String> choice(String label, List<String> items, boolean required,
                                         com.vaadin.flow.component.ItemLabelGenerator<String> labels) {
        Select<String> select = new Select<>();
        select.setLabel(label);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? "" : labels.apply(v));
        select.setEmptySelectionAllowed(!required);
        select.setRequiredIndicatorVisible(required);
        return select;
    }

    private static String yesNoLabel(String yesNo) {
        return com.vaadin.flow.i18n.I18NProvider.translate("true".equals(yesNo) ? "custom-field.yes" : "custom-field.no");
    }

    private static String answerOf(Component input) {
        Object value = ((AbstractField<?, ?>) input).getValue();
        return value instanceof LocalDate date ? date.toString() : (String) value;
    }

    @SuppressWarnings("unchecked")
    private static void set(Component input, String answer) {
        if (input instanceof DatePicker date) {
            date.setValue(answer == null ? null : LocalDate.parse(answer));
        } else if (input instanceof TextField text) {
            text.setValue(answer == null ? "" : answer);
        } else {
            ((Select<String>) input).setValue(answer);
        }
    }
}
