package org.convene.ui.delegations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.platform.Countries;
import org.convene.ui.base.FormButtons;

/**
 * A stakeholder group and its quota. A new group takes its kind, and a state or a name where the
 * kind needs one; an existing group only changes its places and role quotas. Calls no service.
 */
public class GroupForm extends FormLayout {
    final Select<GroupKind> kind = new Select<>();
    final ComboBox<String> state = new ComboBox<>();
    final TextField name = new TextField();
    final IntegerField places = new IntegerField();
    final Map<DelegateRole, IntegerField> roleQuotas = new EnumMap<>(DelegateRole.class);
    private final FormButtons buttons;

    public GroupForm(Consumer<GroupCommand> onSave, Runnable onClose) {
        kind.setLabel(getTranslation("group.kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("group.kind." + k.name()));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        state.setLabel(getTranslation("group.state"));
        state.setItems(Countries.codesByName(getLocale()));
        state.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        name.setLabel(getTranslation("group.name"));
        name.setMaxLength(DelegationLimits.GROUP_NAME_MAX);
        places.setLabel(getTranslation("group.places"));
        places.setMin(0);
        places.setMax(DelegationLimits.PLACES_MAX);
        places.setStepButtonsVisible(true);
        places.setHelperText(getTranslation("group.places.help"));
        add(kind, state, name, places);
        for (DelegateRole role : DelegateRole.values()) {
            IntegerField cap = new IntegerField(getTranslation("group.role-quota", getTranslation("delegate-role." + role.name())));
            cap.setMin(0);
            cap.setPlaceholder(getTranslation("group.role-quota.none"));
            cap.setId("quota-" + role.name());
            roleQuotas.put(role, cap);
            add(cap);
        }
        buttons = new FormButtons(() -> {
            if (places.getValue() == null) {
                places.setErrorMessage(getTranslation("validation.required"));
                places.setInvalid(true);
                return;
            }
            Map<DelegateRole, Integer> caps = new EnumMap<>(DelegateRole.class);
            roleQuotas.forEach((role, field) -> {
                if (field.getValue() != null) {
                    caps.put(role, field.getValue());
                }
            });
            onSave.accept(new GroupCommand(kind.getValue(), state.getValue(), name.getValue(), places.getValue(), caps));
        }, () -> { }, onClose);
        buttons.setDeleteVisible(false);
        add(buttons);
        setColspan(buttons, 2);
        kind.setId("kind");
        state.setId("stateCode");
        name.setId("name");
        places.setId("places");
        showFieldsOf(null);
    }

    /** A null group starts a new one; a stored group shows its identity read-only. */
    public void edit(GroupView group) {
        boolean stored = group != null;
        kind.setReadOnly(stored);
        state.setReadOnly(stored);
        name.setReadOnly(stored);
        if (stored) {
            kind.setValue(group.kind());
            state.setValue(group.stateCode());
            name.setValue(group.name() == null ? "" : group.name());
            places.setValue(group.places());
            roleQuotas.forEach((role, field) -> field.setValue(group.roleQuotas().get(role)));
        }
    }

    private void showFieldsOf(GroupKind value) {
        state.setVisible(value == GroupKind.STATE_DELEGATION);
        name.setVisible(value != null && value.isNamed());
    }

    /** The form's fields under the names the server gives in its problems. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("stateCode", state);
        fields.put("name", name);
        fields.put("places", places);
        // A role-quota problem names no role: show it on the first cap, where the reader starts.
        fields.put("roleQuotas", roleQuotas.get(DelegateRole.values()[0]));
        return fields;
    }
}
