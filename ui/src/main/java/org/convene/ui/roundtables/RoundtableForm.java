package org.convene.ui.roundtables;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.convene.identity.UserView;
import org.convene.platform.Countries;
import org.convene.programme.AudienceGroup;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableLimits;
import org.convene.roundtables.RoundtableSetup;
import org.convene.roundtables.RoundtableView;
import org.convene.summit.RoomView;
import org.convene.summit.ThemeView;
import org.convene.ui.base.FormButtons;

/**
 * A roundtable with its room and time and its rapporteur, saved as one. Field ids are the names the
 * server gives in its problems. Calls no service itself.
 */
public class RoundtableForm extends FormLayout {
    final Select<ThemeView> theme = new Select<>();
    final TextField title = new TextField();
    final Select<RoundtableFormat> format = new Select<>();
    final IntegerField capacity = new IntegerField();
    final MultiSelectComboBox<String> coChairs = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> teamStates = new MultiSelectComboBox<>();
    final MultiSelectComboBox<AudienceGroup> teamGroups = new MultiSelectComboBox<>();
    final ComboBox<RoomView> room = new ComboBox<>();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final ComboBox<UserView> rapporteur = new ComboBox<>();
    private final RoundtableLabels labels = new RoundtableLabels(this);
    private final FormButtons buttons;

    public RoundtableForm(List<ThemeView> themes, List<AudienceGroup> groups, List<RoomView> rooms, List<UserView> candidates,
                          LocalDate firstDay, LocalDate lastDay, Consumer<RoundtableSetup> onSave, Runnable onDelete, Runnable onClose) {
        theme.setLabel(getTranslation("roundtable.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(t -> t.position() + ". " + t.title());
        title.setLabel(getTranslation("roundtable.title"));
        title.setMaxLength(RoundtableLimits.TITLE_MAX);
        format.setLabel(getTranslation("roundtable.format"));
        format.setItems(RoundtableFormat.values());
        format.setItemLabelGenerator(labels::format);
        format.setValue(RoundtableFormat.ROUNDTABLE);
        capacity.setLabel(getTranslation("roundtable.capacity"));
        capacity.setMin(1);
        capacity.setMax(RoundtableLimits.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        List<String> states = Countries.codesByName(getLocale());
        for (MultiSelectComboBox<String> box : List.of(coChairs, teamStates)) {
            box.setItems(states);
            box.setItemLabelGenerator(code -> Countries.name(code, getLocale()));
        }
        coChairs.setLabel(getTranslation("roundtable.co-chairs"));
        coChairs.setHelperText(getTranslation("roundtable.co-chairs.help"));
        teamStates.setLabel(getTranslation("roundtable.team-states"));
        teamGroups.setLabel(getTranslation("roundtable.team-groups"));
        teamGroups.setItems(groups.stream().filter(g -> g.stateCode() == null).toList());
        teamGroups.setItemLabelGenerator(labels::group);
        room.setLabel(getTranslation("roundtable.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> getTranslation("programme.room-with-capacity", r.name(), r.capacity()));
        room.setClearButtonVisible(true);
        room.setHelperText(getTranslation("roundtable.room.help"));
        start.setLabel(getTranslation("programme.start"));
        end.setLabel(getTranslation("programme.end"));
        for (DateTimePicker picker : List.of(start, end)) {
            picker.setStep(Duration.ofMinutes(15));
            // Bounds open the picker on the summit's days rather than today's month.
            picker.setMin(firstDay.atStartOfDay());
            picker.setMax(lastDay.plusDays(1).atStartOfDay());
        }
        start.addValueChangeListener(e -> {
            if (end.getValue() == null && e.getValue() != null) {
                end.setValue(e.getValue().plusHours(2));
            }
        });
        rapporteur.setLabel(getTranslation("roundtable.rapporteur"));
        rapporteur.setHelperText(getTranslation("roundtable.rapporteur.help"));
        rapporteur.setItems(candidates.stream().sorted(Comparator.comparing(UserView::displayName)).toList());
        rapporteur.setItemLabelGenerator(u -> u.displayName() + " · " + u.email());
        rapporteur.setClearButtonVisible(true);
        theme.setId("themeId");
        title.setId("title");
        format.setId("format");
        capacity.setId("capacity");
        coChairs.setId("coChairs");
        teamStates.setId("teamStates");
        teamGroups.setId("teamGroupIds");
        room.setId("roomId");
        start.setId("start");
        end.setId("end");
        rapporteur.setId("rapporteurUserId");
        add(theme, title, format, capacity, coChairs, teamStates, teamGroups, rapporteur, room, start, end);
        setColspan(theme, 2);
        setColspan(title, 2);
        setColspan(coChairs, 2);
        setColspan(room, 2);
        buttons = new FormButtons(() -> onSave.accept(setup()), onDelete, onClose);
        add(buttons);
        setColspan(buttons, 2);
    }

    /** Null starts a new roundtable. */
    public void edit(RoundtableDetails details) {
        buttons.setDeleteVisible(details != null);
        if (details == null) {
            return;
        }
        RoundtableView r = details.roundtable();
        theme.setValue(theme.getListDataView().getItems().filter(t -> t.id() == r.themeId()).findFirst().orElse(null));
        title.setValue(r.title());
        format.setValue(r.format());
        capacity.setValue(r.capacity());
        coChairs.setValue(new LinkedHashSet<>(r.coChairs()));
        teamStates.setValue(new LinkedHashSet<>(r.teamStates()));
        teamGroups.setValue(teamGroups.getListDataView().getItems().filter(g -> r.teamGroupIds().contains(g.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        rapporteur.setValue(rapporteur.getListDataView().getItems()
                .filter(u -> r.rapporteurUserId() != null && u.id() == r.rapporteurUserId()).findFirst().orElse(null));
        if (details.slot() != null) {
            room.setValue(room.getListDataView().getItems().filter(x -> x.id() == details.slot().roomId()).findFirst().orElse(null));
            start.setValue(details.slot().start());
            end.setValue(details.slot().end());
        }
    }

    RoundtableSetup setup() {
        // The order chosen in the box is the order of the co-chairs.
        RoundtableCommand command = new RoundtableCommand(theme.getValue() == null ? null : theme.getValue().id(), title.getValue(),
                format.getValue(), capacity.getValue(), new ArrayList<>(coChairs.getSelectedItems()),
                new ArrayList<>(teamStates.getSelectedItems()), teamGroups.getSelectedItems().stream().map(AudienceGroup::id).toList());
        return new RoundtableSetup(command, room.getValue() == null ? null : room.getValue().id(), start.getValue(), end.getValue(),
                rapporteur.getValue() == null ? null : rapporteur.getValue().id());
    }

    /** The form's fields under the names the server gives in its problems. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("themeId", theme);
        fields.put("title", title);
        fields.put("format", format);
        fields.put("capacity", capacity);
        fields.put("coChairs", coChairs);
        fields.put("teamStates", teamStates);
        fields.put("teamGroupIds", teamGroups);
        fields.put("roomId", room);
        fields.put("start", start);
        fields.put("end", end);
        fields.put("rapporteurUserId", rapporteur);
        return fields;
    }

    /** Clears earlier server errors before the next attempt. */
    void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }
}
