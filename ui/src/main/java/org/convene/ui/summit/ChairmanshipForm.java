package org.convene.ui.summit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.convene.platform.Countries;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitLimits;
import org.convene.ui.base.FormButtons;

/** Chair states and term of a chairmanship. Fires save, delete and close; calls no service. */
public class ChairmanshipForm extends FormLayout {
    final MultiSelectComboBox<String> chairs = new MultiSelectComboBox<>();
    final DatePicker termStart = new DatePicker();
    final DatePicker termEnd = new DatePicker();
    private final Binder<Draft> binder = new Binder<>();
    private final FormButtons buttons;
    private Draft draft = new Draft();

    public ChairmanshipForm(Consumer<ChairmanshipCommand> onSave, Runnable onDelete, Runnable onClose) {
        chairs.setLabel(getTranslation("chairmanship.chairs"));
        chairs.setHelperText(getTranslation("chairmanship.chairs.help"));
        chairs.setItems(Countries.codesByName(getLocale()));
        chairs.setItemLabelGenerator(code -> Countries.name(code, getLocale()) + " (" + code + ")");
        termStart.setLabel(getTranslation("chairmanship.term-start"));
        termEnd.setLabel(getTranslation("chairmanship.term-end"));
        binder.forField(chairs)
                .asRequired(getTranslation("chairmanship.chairs.required"))
                .withValidator(s -> s.size() <= SummitLimits.MAX_CHAIRS, getTranslation("chairmanship.chairs.too-many", SummitLimits.MAX_CHAIRS))
                .bind(d -> d.chairs, (d, v) -> d.chairs = new LinkedHashSet<>(v));
        binder.forField(termStart).asRequired(getTranslation("validation.required")).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(termEnd).asRequired(getTranslation("validation.required"))
                .withValidator(end -> termStart.getValue() == null || !end.isBefore(termStart.getValue()),
                        getTranslation("chairmanship.term.end-before-start"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        buttons = new FormButtons(() -> {
            if (binder.writeBeanIfValid(draft)) {
                onSave.accept(new ChairmanshipCommand(new ArrayList<>(draft.chairs), draft.start, draft.end));
            }
        }, onDelete, onClose);
        add(chairs, termStart, termEnd, buttons);
        // Stable ids for assistive tools and the browser tests.
        fields().forEach((name, field) -> ((Component) field).setId(name));
        setColspan(chairs, 2);
        setColspan(buttons, 2);
    }

    public void edit(ChairmanshipView chairmanship) {
        draft = new Draft();
        if (chairmanship != null) {
            draft.chairs = new LinkedHashSet<>(chairmanship.chairs());
            draft.start = chairmanship.termStart();
            draft.end = chairmanship.termEnd();
        }
        binder.readBean(draft);
        buttons.setDeleteVisible(chairmanship != null);
    }

    /** The fields by the names the server uses for them, to show its refusals in place. */
    public Map<String, HasValidation> fields() {
        return Map.of("chairs", chairs, "termStart", termStart, "termEnd", termEnd);
    }

    static final class Draft {
        Set<String> chairs = new LinkedHashSet<>();
        LocalDate start;
        LocalDate end;

        List<String> chairList() {
            return new ArrayList<>(chairs);
        }
    }
}
