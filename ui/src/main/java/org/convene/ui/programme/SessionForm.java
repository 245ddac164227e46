package org.convene.ui.programme;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.programme.Audience;
import org.convene.programme.AudienceGroup;
import org.convene.programme.Conflict;
import org.convene.programme.PersonRef;
import org.convene.programme.ProgrammeLimits;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;
import org.convene.summit.RoomView;
import org.convene.summit.ThemeView;
import org.convene.ui.base.FormButtons;

/**
 * A session of the programme. While it is edited, it asks {@code checker} what saving would meet
 * and lists the conflicts beneath the fields (hard ones will be refused, the rest are warnings).
 * Calls no service itself.
 */
public class SessionForm extends FormLayout {
    final Select<SessionKind> kind = new Select<>();
    final TextField title = new TextField();
    final ComboBox<ThemeView> theme = new ComboBox<>();
    final ComboBox<RoomView> room = new ComboBox<>();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final MultiSelectComboBox<PersonRef> chairs = new MultiSelectComboBox<>();
    final MultiSelectComboBox<PersonRef> speakers = new MultiSelectComboBox<>();
    final Select<Audience> audience = new Select<>();
    final ComboBox<AudienceGroup> group = new ComboBox<>();
    final MultiSelectComboBox<PersonRef> invited = new MultiSelectComboBox<>();
    final IntegerField expected = new IntegerField();
    final Div warnings = new Div();
    private final Function<SessionCommand, List<Conflict>> checker;
    private final ProgrammeLabels labels = new ProgrammeLabels(this);
    private final FormButtons buttons;

    public SessionForm(List<ThemeView> themes, List<RoomView> rooms, List<PersonRef> people, List<AudienceGroup> groups,
                       LocalDate firstDay, LocalDate lastDay, Function<SessionCommand, List<Conflict>> checker, Consumer<SessionCommand> onSave,
                       Runnable onDelete, Runnable onClose) {
        this.checker = checker;
        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.kind." + k.name()));
        title.setLabel(getTranslation("programme.title"));
        title.setMaxLength(ProgrammeLimits.TITLE_MAX);
        theme.setLabel(getTranslation("programme.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(ThemeView::title);
        theme.setClearButtonVisible(true);
        room.setLabel(getTranslation("programme.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> getTranslation("programme.room-with-capacity", r.name(), r.capacity()));
        start.setLabel(getTranslation("programme.start"));
        end.setLabel(getTranslation("programme.end"));
        start.setStep(java.time.Duration.ofMinutes(15));
        end.setStep(java.time.Duration.ofMinutes(15));
        // Bounds open the date picker on the summit's days rather than today's month.
        for (DateTimePicker picker : List.of(start, end)) {
            picker.setMin(firstDay.atStartOfDay());
            picker.setMax(lastDay.plusDays(1).atStartOfDay());
        }
        List<PersonRef> byName = people.stream().sorted(Comparator.comparing(PersonRef::name)).toList();
        for (MultiSelectComboBox<PersonRef> box : List.of(chairs, speakers, invited)) {
            box.setItems(byName);
            box.setItemLabelGenerator(PersonRef::name);
        }
        chairs.setLabel(getTranslation("programme.chairs"));
        speakers.setLabel(getTranslation("programme.speakers"));
        invited.setLabel(getTranslation("programme.invited"));
        audience.setLabel(getTranslation("programme.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("programme.audience." + a.name()));
        audience.setValue(Audience.OPEN);
        group.setLabel(getTranslation("programme.audience-group"));
        group.setItems(groups);
        group.setItemLabelGenerator(labels::group);
        expected.setLabel(getTranslation("programme.expected"));
        expected.setMin(0);
        expected.setMax(ProgrammeLimits.EXPECTED_AUDIENCE_MAX);
        expected.setHelperText(getTranslation("programme.expected.help"));
        warnings.setId("conflicts");
        // Read out when the list changes, so a screen-reader user hears a new conflict as it appears.
        warnings.getElement().setAttribute("aria-live", "polite");
        kind.setId("kind");
        title.setId("title");
        room.setId("roomId");
        start.setId("start");
        end.setId("end");
        chairs.setId("chairs");
        speakers.setId("speakers");
        audience.setId("audience");
        group.setId("audienceGroupId");
        invited.setId("invited");
        expected.setId("expectedAudience");
        add(kind, title, theme, room, start, end, chairs, speakers, audience, group, invited, expected, warnings);
        setColspan(title, 2);
        setColspan(warnings, 2);
        buttons = new FormButtons(() -> onSave.accept(command()), onDelete, onClose);
        add(buttons);
        setColspan(buttons, 2);
        audience.addValueChangeListener(e -> showAudienceFields());
        room.addValueChangeListener(e -> recheck());
        start.addValueChangeListener(e -> {
            if (end.getValue() == null && e.getValue() != null) {
                end.setValue(e.getValue().plusHours(1));
            }
            recheck();
        });
        end.addValueChangeListener(e -> recheck());
        chairs.addValueChangeListener(e -> recheck());
        speakers.addValueChangeListener(e -> recheck());
        expected.addValueChangeListener(e -> recheck());
        showAudienceFields();
    }

    /** A null session starts a new one. */
    public void edit(SessionView session) {
        buttons.setDeleteVisible(session != null);
        if (session == null) {
            return;
        }
        kind.setValue(session.kind());
        title.setValue(session.title());
        theme.setValue(theme.getListDataView().getItems().filter(t -> t.id() == (session.themeId() == null ? -1 : session.themeId()))
                .findFirst().orElse(null));
        room.setValue(room.getListDataView().getItems().filter(r -> r.id() == session.roomId()).findFirst().orElse(null));
        start.setValue(session.start());
        end.setValue(session.end());
        chairs.setValue(pick(chairs, session.chairs()));
        speakers.setValue(pick(speakers, session.speakers()));
        invited.setValue(pick(invited, session.invited()));
        audience.setValue(session.audience());
        if (session.audienceGroup() != null) {
            group.setValue(group.getListDataView().getItems().filter(g -> g.id() == session.audienceGroup().id()).findFirst().orElse(null));
        }
        expected.setValue(session.expectedAudience());
        recheck();
    }

    private static Set<PersonRef> pick(MultiSelectComboBox<PersonRef> box, List<PersonRef> people) {
        Set<Long> ids = people.stream().map(PersonRef::registrationId).collect(Collectors.toSet());
        return box.getListDataView().getItems().filter(p -> ids.contains(p.registrationId()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    SessionCommand command() {
        return new SessionCommand(kind.getValue(), title.getValue(), theme.getValue() == null ? null : theme.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(), start.getValue(), end.getValue(), ids(chairs), ids(speakers),
                audience.getValue(), group.getValue() == null ? null : group.getValue().id(), ids(invited), expected.getValue());
    }

    private static List<Long> ids(MultiSelectComboBox<PersonRef> box) {
        return box.getSelectedItems().stream().map(PersonRef::registrationId).toList();
    }

    private void showAudienceFields() {
        group.setVisible(audience.getValue() == Audience.GROUP);
        invited.setVisible(audience.getValue() == Audience.INVITATION);
    }

    /** Lists what saving would meet; empty when nothing does (or the session is not placed yet). */
    void recheck() {
        warnings.removeAll();
        List<Conflict> found = checker.apply(command());
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Conflict c : found) {
            ListItem item = new ListItem((c.hard() ? getTranslation("programme.conflict.hard") : getTranslation("programme.conflict.soft"))
                    + " " + labels.conflict(c));
            item.getStyle().set("color", c.hard() ? "var(--lumo-error-text-color)" : "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))");
            list.add(item);
        }
        warnings.add(list);
    }

    /** The form's fields under the names the server gives in its problems. */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("themeId", theme);
        fields.put("roomId", room);
        fields.put("start", start);
        fields.put("end", end);
        fields.put("chairs", chairs);
        fields.put("speakers", speakers);
        fields.put("audience", audience);
        fields.put("audienceGroupId", group);
        fields.put("invited", invited);
        fields.put("expectedAudience", expected);
        return fields;
    }
}
