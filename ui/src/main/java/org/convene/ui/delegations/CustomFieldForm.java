package org.convene.ui.delegations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.ui.base.FormButtons;

/**
 * A question of the registration form: its label, kind, choices, whether it must be answered,
 * and the earlier answer it depends on. Fires save, delete and close; calls no service.
 */
public class CustomFieldForm extends FormLayout {
    final TextField label = new TextField();
    final Select<CustomFieldType> type = new Select<>();
    final TextArea choices = new TextArea();
    final Checkbox required = new Checkbox();
    final Select<CustomFieldView> shownWhen = new Select<>();
    final Select<String> shownWhenValue = new Select<>();
    private final FormButtons buttons;

    /** {@code earlier}: the fields this one may depend on (choice and yes/no fields before it). */
    public CustomFieldForm(List<CustomFieldView> earlier, Consumer<CustomFieldCommand> onSave, Runnable onDelete, Runnable onClose) {
        label.setLabel(getTranslation("custom-field.label"));
        label.setMaxLength(CustomFields.LABEL_MAX);
        label.setId("label");
        type.setLabel(getTranslation("custom-field.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(t -> getTranslation("custom-field.type." + t.name()));
        type.setValue(CustomFieldType.TEXT);
        type.setId("type");
        choices.setLabel(getTranslation("custom-field.choices"));
        choices.setHelperText(getTranslation("custom-field.choices.help"));
        choices.setId("choices");
        required.setLabel(getTranslation("custom-field.required"));
        required.setId("required");
        shownWhen.setLabel(getTranslation("custom-field.shown-when"));
        shownWhen.setItems(earlier.stream().filter(f -> f.type() == CustomFieldType.CHOICE || f.type() == CustomFieldType.YES_NO).toList());
        shownWhen.setItemLabelGenerator(f -> f == null ? getTranslation("custom-field.always") : f.label());
        shownWhen.setEmptySelectionAllowed(true);
        shownWhen.setEmptySelectionCaption(getTranslation("custom-field.always"));
        shownWhen.setId("shownWhenFieldId");
        shownWhenValue.setLabel(getTranslation("custom-field.shown-when-value"));
        shownWhenValue.setId("shownWhenValue");
        shownWhenValue.setItemLabelGenerator(v -> v == null ? "" : valueLabel(v));
        type.addValueChangeListener(e -> choices.setVisible(e.getValue() == CustomFieldType.CHOICE));
        shownWhen.addValueChangeListener(e -> offerValuesOf(e.getValue()));
        buttons = new FormButtons(() -> onSave.accept(command()), onDelete, onClose);
        buttons.withoutEnterShortcut();
        add(label, type, choices, required, shownWhen, shownWhenValue, buttons);
        setColspan(label, 2);
        setColspan(choices, 2);
        setColspan(buttons, 2);
        choices.setVisible(false);
        offerValuesOf(null);
    }

    public void edit(CustomFieldView field) {
        buttons.setDeleteVisible(field != null);
        if (field == null) {
            return;
        }
        label.setValue(field.label());
        type.setValue(field.type());
        choices.setValue(String.join("\n", field.choices()));
        required.setValue(field.required());
        shownWhen.getListDataView().getItems().filter(f -> field.shownWhenFieldId() != null && f.id() == field.shownWhenFieldId())
                .findFirst().ifPresent(shownWhen::setValue);
        shownWhenValue.setValue(field.shownWhenValue());
    }

    private CustomFieldCommand command() {
        List<String> lines = choices.getValue() == null ? List.of() : Arrays.asList(choices.getValue().split("\\R"));
        CustomFieldView condition = shownWhen.getValue();
        return new CustomFieldCommand(label.getValue(), type.getValue(), type.getValue() == CustomFieldType.CHOICE ? lines : List.of(),
                required.getValue(), condition == null ? null : condition.id(), condition == null ? null : shownWhenValue.getValue());
    }

    private void offerValuesOf(CustomFieldView condition) {
        shownWhenValue.setVisible(condition != null);
        if (condition != null) {
            shownWhenValue.setItems(condition.type() == CustomFieldType.YES_NO ? List.of("true", "false") : condition.choices());
        }
    }

    private String valueLabel(String value) {
        CustomFieldView condition = shownWhen.getValue();
        if (condition != null && condition.type() == CustomFieldType.YES_NO) {
            return getTranslation("true".equals(value) ? "custom-field.yes" : "custom-field.no");
        }
        return value;
    }

    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("label", label);
        fields.put("type", type);
        fields.put("choices", choices);
        fields.put("shownWhenFieldId", shownWhen);
        fields.put("shownWhenValue", shownWhenValue);
        return fields;
    }
}
