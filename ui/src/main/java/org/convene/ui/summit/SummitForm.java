package org.convene.ui.summit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitLimits;
import org.convene.summit.SummitView;
import org.convene.ui.base.FormButtons;
import org.convene.ui.base.Formats;

/** A summit's title, place, dates, overarching theme and the retention date of its delegates' personal data. Fires save, delete and close; calls no service. */
public class SummitForm extends FormLayout {
    final ComboBox<ChairmanshipView> chairmanship = new ComboBox<>();
    final TextField title = new TextField();
    final IntegerField edition = new IntegerField();
    final TextField city = new TextField();
    final TextField venue = new TextField();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final TextArea overarchingTheme = new TextArea();
    final DatePicker retentionDate = new DatePicker();
    private final Binder<Draft> binder = new Binder<>();
    private final FormButtons buttons;
    private Draft draft = new Draft();

    public SummitForm(List<ChairmanshipView> chairmanships, Consumer<SummitCommand> onSave, Runnable onDelete, Runnable onClose) {
        chairmanship.setLabel(getTranslation("summit.chairmanship"));
        chairmanship.setItems(chairmanships);
        chairmanship.setItemLabelGenerator(c -> Formats.states(c.chairs(), getLocale()) + " (" + Formats.range(c.termStart(), c.termEnd(), getLocale()) + ")");
        title.setLabel(getTranslation("summit.title"));
        title.setMaxLength(SummitLimits.TITLE_MAX);
        edition.setLabel(getTranslation("summit.edition"));
        edition.setMin(1);
        edition.setMax(SummitLimits.EDITION_MAX);
        city.setLabel(getTranslation("summit.city"));
        city.setMaxLength(SummitLimits.CITY_MAX);
        venue.setLabel(getTranslation("summit.venue"));
        venue.setMaxLength(SummitLimits.VENUE_MAX);
        startDate.setLabel(getTranslation("summit.start"));
        endDate.setLabel(getTranslation("summit.end"));
        overarchingTheme.setLabel(getTranslation("summit.overarching-theme"));
        overarchingTheme.setMaxLength(SummitLimits.OVERARCHING_THEME_MAX);
        retentionDate.setLabel(getTranslation("summit.retention-date"));
        retentionDate.setHelperText(getTranslation("summit.retention-date.help"));
        // The retention date may not come before the summit's end.
        endDate.addValueChangeListener(e -> retentionDate.setMin(e.getValue()));
        // Dates outside the chosen chairmanship's term cannot even be picked.
        chairmanship.addValueChangeListener(e -> {
            ChairmanshipView c = e.getValue();
            startDate.setMin(c == null ? null : c.termStart());
            startDate.setMax(c == null ? null : c.termEnd());
            endDate.setMin(c == null ? null : c.termStart());
            endDate.setMax(c == null ? null : c.termEnd());
        });
        String required = getTranslation("validation.required");
        binder.forField(chairmanship).asRequired(required).bind(d -> d.chairmanship, (d, v) -> d.chairmanship = v);
        binder.forField(title).asRequired(required).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(edition).bind(d -> d.edition, (d, v) -> d.edition = v);
        binder.forField(city).asRequired(required).bind(d -> d.city, (d, v) -> d.city = v);
        binder.forField(venue).asRequired(required).bind(d -> d.venue, (d, v) -> d.venue = v);
        binder.forField(startDate).asRequired(required).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(endDate).asRequired(required)
                .withValidator(end -> startDate.getValue() == null || !end.isBefore(startDate.getValue()),
                        getTranslation("summit.dates.end-before-start"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(overarchingTheme).bind(d -> d.theme, (d, v) -> d.theme = v);
        binder.forField(retentionDate)
                .withValidator(r -> r == null || endDate.getValue() == null || !r.isBefore(endDate.getValue()),
                        getTranslation("summit.retention.before-end"))
                .bind(d -> d.retention, (d, v) -> d.retention = v);
        buttons = new FormButtons(() -> {
            if (binder.writeBeanIfValid(draft)) {
                onSave.accept(new SummitCommand(draft.chairmanship.id(), draft.title, draft.edition, draft.city, draft.venue,
                        draft.start, draft.end, draft.theme == null || draft.theme.isBlank() ? null : draft.theme, draft.retention));
            }
        }, onDelete, onClose);
        buttons.withoutEnterShortcut();
        add(chairmanship, title, edition, city, venue, startDate, endDate, overarchingTheme, retentionDate, buttons);
        // Stable ids for assistive tools and the browser tests.
        fields().forEach((name, field) -> ((Component) field).setId(name));
        setColspan(chairmanship, 2);
        setColspan(title, 2);
        setColspan(overarchingTheme, 2);
        setColspan(buttons, 2);
    }

    public void edit(SummitView summit, List<ChairmanshipView> chairmanships) {
        draft = new Draft();
        if (summit != null) {
            draft.chairmanship = chairmanships.stream().filter(c -> c.id() == summit.chairmanshipId()).findFirst().orElse(null);
            draft.title = summit.title();
            draft.edition = summit.edition();
            draft.city = summit.city();
            draft.venue = summit.venue();
            draft.start = summit.startDate();
            draft.end = summit.endDate();
            draft.theme = summit.overarchingTheme();
            draft.retention = summit.retentionDate();
        }
        binder.readBean(draft);
        buttons.setDeleteVisible(summit != null);
    }

    public Map<String, HasValidation> fields() {
        return Map.of("chairmanshipId", chairmanship, "title", title, "edition", edition, "city", city, "venue", venue,
                "startDate", startDate, "endDate", endDate, "overarchingTheme", overarchingTheme,
                "retentionDate", retentionDate);
    }

    static final class Draft {
        ChairmanshipView chairmanship;
        String title;
        Integer edition;
        String city;
        String venue;
        LocalDate start;
        LocalDate end;
        String theme;
        LocalDate retention;
    }
}
