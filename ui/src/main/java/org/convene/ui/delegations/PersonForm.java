package org.convene.ui.delegations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupView;
import org.convene.delegations.Person;
import org.convene.platform.Countries;
import org.convene.ui.base.FormButtons;

/**
 * A delegate's details for a nomination: names in their own script with a Latin form for badges,
 * organisation, nationality, residence, role and needs. Fires the group and person; calls no service.
 * Every check is the server's, shown next to its field.
 */
public class PersonForm extends FormLayout {
    final ComboBox<GroupView> group = new ComboBox<>();
    final TextField givenName = text("person.given-name", DelegationLimits.NAME_MAX);
    final TextField familyName = text("person.family-name", DelegationLimits.NAME_MAX);
    final TextField latinGivenName = text("person.latin-given-name", DelegationLimits.NAME_MAX);
    final TextField latinFamilyName = text("person.latin-family-name", DelegationLimits.NAME_MAX);
    final TextField organisation = text("person.organisation", DelegationLimits.ORGANISATION_MAX);
    final TextField title = text("person.title", DelegationLimits.TITLE_MAX);
    final ComboBox<String> nationality = country("person.nationality");
    final ComboBox<String> residence = country("person.residence");
    final Select<Gender> gender = new Select<>();
    final EmailField email = new EmailField();
    final Select<DelegateRole> role = new Select<>();
    final TextArea accessibility = new TextArea();
    final TextArea dietary = new TextArea();
    final CustomFieldInputs custom;

    public PersonForm(List<GroupView> groups, List<CustomFieldView> customFields, GroupLabels labels, BiConsumer<GroupView, Person> onSave,
                      Runnable onClose) {
        group.setLabel(getTranslation("person.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(labels::label);
        if (groups.size() == 1) {
            group.setValue(groups.getFirst());
        }
        gender.setLabel(getTranslation("person.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> g == null ? "" : getTranslation("gender." + g.name()));
        gender.setEmptySelectionAllowed(true);
        email.setLabel(getTranslation("user.email"));
        email.setMaxLength(DelegationLimits.EMAIL_MAX);
        role.setLabel(getTranslation("person.role"));
        role.setItems(DelegateRole.values());
        role.setItemLabelGenerator(r -> getTranslation("delegate-role." + r.name()));
        role.setValue(DelegateRole.DELEGATE);
        accessibility.setLabel(getTranslation("person.accessibility"));
        dietary.setLabel(getTranslation("person.dietary"));
        FormButtons buttons = new FormButtons(() -> onSave.accept(group.getValue(), person()), () -> { }, onClose);
        buttons.setDeleteVisible(false);
        buttons.withoutEnterShortcut();
        add(group, email, givenName, familyName, latinGivenName, latinFamilyName, organisation, title, nationality, residence,
                role, gender, accessibility, dietary);
        fields().forEach((name, field) -> ((Component) field).setId(name));
        custom = new CustomFieldInputs(customFields);
        custom.addTo(this);
        add(buttons);
        setColspan(group, 2);
        setColspan(buttons, 2);
    }

    /** The answers to the summit's custom fields, keyed by field id. */
    Map<Long, String> customAnswers() {
        return custom.answers();
    }

    Person person() {
        return new Person(givenName.getValue(), familyName.getValue(), blank(latinGivenName.getValue()), blank(latinFamilyName.getValue()),
                organisation.getValue(), blank(title.getValue()), nationality.getValue(), residence.getValue(), gender.getValue(),
                email.getValue(), role.getValue(), blank(accessibility.getValue()), blank(dietary.getValue()));
    }

    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("group", group);
        fields.put("givenName", givenName);
        fields.put("familyName", familyName);
        fields.put("latinGivenName", latinGivenName);
        fields.put("latinFamilyName", latinFamilyName);
        fields.put("organisation", organisation);
        fields.put("title", title);
        fields.put("nationality", nationality);
        fields.put("residence", residence);
        fields.put("gender", gender);
        fields.put("email", email);
        fields.put("role", role);
        fields.put("accessibilityNeeds", accessibility);
        fields.put("dietaryNeeds", dietary);
        if (custom != null) {
            fields.putAll(custom.fields());
        }
        return fields;
    }

    private TextField text(String key, int max) {
        TextField field = new TextField(getTranslation(key));
        field.setMaxLength(max);
        return field;
    }

    private ComboBox<String> country(String key) {
        ComboBox<String> box = new ComboBox<>(getTranslation(key));
        box.setItems(Countries.codesByName(getLocale()));
        box.setItemLabelGenerator(c -> Countries.name(c, getLocale()));
        return box;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
