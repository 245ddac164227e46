package org.convene.ui.consultations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.ConsultationLimits;
import org.convene.consultations.ConsultationView;
import org.convene.platform.Countries;
import org.convene.summit.ThemeView;
import org.convene.ui.base.FormButtons;

/**
 * A regional consultation. The theme picker stops at three: a fourth choice is taken back at once
 * and the picker says why. Calls no service itself.
 */
public class ConsultationForm extends FormLayout {
    final TextField process = new TextField();
    final TextField city = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final MultiSelectComboBox<String> participants = new MultiSelectComboBox<>();
    final IntegerField participantCount = new IntegerField();
    final MultiSelectComboBox<ThemeView> themes = new MultiSelectComboBox<>();
    private final FormButtons buttons;
    private boolean reverting;

    public ConsultationForm(List<ThemeView> summitThemes, Consumer<ConsultationCommand> onSave, Runnable onDelete, Runnable onClose) {
        process.setLabel(getTranslation("consultation.process"));
        process.setHelperText(getTranslation("consultation.process.help"));
        process.setMaxLength(ConsultationLimits.PROCESS_MAX);
        city.setLabel(getTranslation("consultation.city"));
        city.setMaxLength(ConsultationLimits.CITY_MAX);
        List<String> codes = Countries.codesByName(getLocale());
        country.setLabel(getTranslation("consultation.country"));
        country.setItems(codes);
        country.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        startDate.setLabel(getTranslation("consultation.start"));
        endDate.setLabel(getTranslation("consultation.end"));
        startDate.addValueChangeListener(e -> {
            if (endDate.getValue() == null && e.getValue() != null) {
                endDate.setValue(e.getValue());
            }
            endDate.setMin(e.getValue());
        });
        participants.setLabel(getTranslation("consultation.participants"));
        participants.setItems(codes);
        participants.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        participantCount.setLabel(getTranslation("consultation.participant-count"));
        participantCount.setMin(0);
        participantCount.setMax(ConsultationLimits.PARTICIPANT_COUNT_MAX);
        themes.setLabel(getTranslation("consultation.themes"));
        themes.setHelperText(getTranslation("consultation.themes.help", ConsultationLimits.THEMES_MAX));
        themes.setItems(summitThemes);
        themes.setItemLabelGenerator(ThemeView::title);
        themes.addValueChangeListener(e -> {
            if (reverting) {
                return;
            }
            if (e.getValue().size() > ConsultationLimits.THEMES_MAX) {
                reverting = true;
                themes.setValue(e.getOldValue());
                reverting = false;
                themes.setInvalid(true);
                themes.setErrorMessage(getTranslation("consultation.themes.too-many"));
            } else {
                themes.setInvalid(false);
            }
        });
        process.setId("process");
        city.setId("city");
        country.setId("countryCode");
        startDate.setId("startDate");
        endDate.setId("endDate");
        participants.setId("participants");
        participantCount.setId("participantCount");
        themes.setId("themeIds");
        add(process, city, country, startDate, endDate, participants, participantCount, themes);
        setColspan(process, 2);
        setColspan(participants, 2);
        setColspan(themes, 2);
        buttons = new FormButtons(() -> onSave.accept(command()), onDelete, onClose);
        add(buttons);
        setColspan(buttons, 2);
    }

    /** A null consultation starts a new one. */
    public void edit(ConsultationView c) {
        buttons.setDeleteVisible(c != null);
        if (c == null) {
            return;
        }
        process.setValue(c.process());
        city.setValue(c.city());
        country.setValue(c.countryCode());
        startDate.setValue(c.startDate());
        endDate.setValue(c.endDate());
        participants.setValue(new LinkedHashSet<>(c.participants()));
        participantCount.setValue(c.participantCount());
        Set<ThemeView> chosen = new LinkedHashSet<>();
        themes.getListDataView().getItems().filter(t -> c.themeIds().contains(t.id())).forEach(chosen::add);
        themes.setValue(chosen);
    }

    ConsultationCommand command() {
        List<Long> themeIds = new ArrayList<>(themes.getSelectedItems().stream().sorted(java.util.Comparator.comparingInt(ThemeView::position))
                .map(ThemeView::id).toList());
        return new ConsultationCommand(process.getValue(), city.getValue(), country.getValue(), startDate.getValue(), endDate.getValue(),
                new ArrayList<>(participants.getSelectedItems()), participantCount.getValue(), themeIds);
    }

    /** The form's fields under the names the server gives in its problems. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("process", process);
        fields.put("city", city);
        fields.put("countryCode", country);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("participants", participants);
        fields.put("participantCount", participantCount);
        fields.put("themeIds", themes);
        return fields;
    }
}
