package org.convene.ui.partnerships;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeLimits;
import org.convene.partnerships.PracticeView;
import org.convene.platform.Countries;
import org.convene.ui.base.FormButtons;

/** A practice of the Platform for Partnerships; the server checks every field. Calls no service itself. */
public class PracticeForm extends FormLayout {
    final TextField name = new TextField();
    final TextField sdgTargets = new TextField();
    final TextField link = new TextField();
    final TextField period = new TextField();
    final TextField location = new TextField();
    final ComboBox<String> countryCode = new ComboBox<>();
    final TextArea aim = new TextArea();
    final TextArea partners = new TextArea();
    final TextField source = new TextField();
    private final FormButtons buttons;

    public PracticeForm(Consumer<PracticeCommand> onSave, Runnable onDelete, Runnable onClose) {
        name.setLabel(getTranslation("pfp.name"));
        name.setMaxLength(PracticeLimits.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        sdgTargets.setLabel(getTranslation("pfp.sdgs"));
        sdgTargets.setHelperText(getTranslation("pfp.sdg.help"));
        sdgTargets.setMaxLength(PracticeLimits.SDG_MAX);
        sdgTargets.setRequiredIndicatorVisible(true);
        link.setLabel(getTranslation("pfp.link"));
        link.setPlaceholder("https://");
        link.setMaxLength(PracticeLimits.LINK_MAX);
        period.setLabel(getTranslation("pfp.period"));
        period.setMaxLength(PracticeLimits.PERIOD_MAX);
        location.setLabel(getTranslation("pfp.location"));
        location.setMaxLength(PracticeLimits.LOCATION_MAX);
        countryCode.setLabel(getTranslation("pfp.country"));
        countryCode.setHelperText(getTranslation("pfp.country.help"));
        countryCode.setItems(Countries.codesByName(getLocale()));
        countryCode.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        countryCode.setClearButtonVisible(true);
        aim.setLabel(getTranslation("pfp.aim"));
        aim.setMaxLength(PracticeLimits.AIM_MAX);
        aim.setMinHeight("8rem");
        partners.setLabel(getTranslation("pfp.partners"));
        partners.setMaxLength(PracticeLimits.PARTNERS_MAX);
        source.setLabel(getTranslation("pfp.source"));
        source.setMaxLength(PracticeLimits.SOURCE_MAX);
        fields().forEach((id, field) -> ((com.vaadin.flow.component.Component) field).setId(id));
        add(name, sdgTargets, period, location, countryCode, link, aim, partners, source);
        setColspan(name, 2);
        setColspan(aim, 2);
        setColspan(partners, 2);
        setColspan(source, 2);
        buttons = new FormButtons(() -> onSave.accept(command()), onDelete, onClose);
        // Enter starts a new line in the aim, it does not save.
        buttons.withoutEnterShortcut();
        add(buttons);
        setColspan(buttons, 2);
        buttons.setDeleteVisible(false);
    }

    /** Shows a stored practice; delete becomes possible. */
    public void edit(PracticeView p) {
        fill(new PracticeCommand(p.name(), p.link(), p.sdgText(), p.period(), p.location(), p.countryCode(), p.aim(), p.partners(), p.source()));
        buttons.setDeleteVisible(true);
    }

    /** Fills the fields, e.g. from an outcome; blanks stay empty. */
    public void fill(PracticeCommand c) {
        name.setValue(text(c.name()));
        sdgTargets.setValue(text(c.sdgTargets()));
        link.setValue(text(c.link()));
        period.setValue(text(c.period()));
        location.setValue(text(c.location()));
        countryCode.setValue(c.countryCode());
        aim.setValue(text(c.aim()));
        partners.setValue(text(c.partners()));
        source.setValue(text(c.source()));
    }

    PracticeCommand command() {
        return new PracticeCommand(name.getValue(), link.getValue(), sdgTargets.getValue(), period.getValue(), location.getValue(),
                countryCode.getValue(), aim.getValue(), partners.getValue(), source.getValue());
    }

    /** The form's fields under the names the server gives in its problems. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("sdgTargets", sdgTargets);
        fields.put("link", link);
        fields.put("period", period);
        fields.put("location", location);
        fields.put("countryCode", countryCode);
        fields.put("aim", aim);
        fields.put("partners", partners);
        fields.put("source", source);
        return fields;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
