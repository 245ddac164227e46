package org.convene.ui.summit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.identity.UserView;
import org.convene.summit.SummitLimits;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.convene.ui.base.FormButtons;

/** A theme and its expert resource person. Fires save, delete and close; calls no service. */
public class ThemeForm extends FormLayout {
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<UserView> resourcePerson = new ComboBox<>();
    private final Binder<Draft> binder = new Binder<>();
    private final FormButtons buttons;
    private final List<UserView> people;
    private Draft draft = new Draft();

    public ThemeForm(List<UserView> people, Consumer<ThemeCommand> onSave, Runnable onDelete, Runnable onClose) {
        this.people = people;
        title.setLabel(getTranslation("theme.title"));
        title.setMaxLength(SummitLimits.THEME_TITLE_MAX);
        description.setLabel(getTranslation("theme.description"));
        description.setMaxLength(SummitLimits.THEME_DESCRIPTION_MAX);
        resourcePerson.setLabel(getTranslation("theme.resource-person"));
        resourcePerson.setItems(people);
        resourcePerson.setItemLabelGenerator(u -> u.displayName() + " <" + u.email() + ">");
        resourcePerson.setClearButtonVisible(true);
        binder.forField(title).asRequired(getTranslation("validation.required")).bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(resourcePerson).bind(d -> d.person, (d, v) -> d.person = v);
        buttons = new FormButtons(() -> {
            if (binder.writeBeanIfValid(draft)) {
                onSave.accept(new ThemeCommand(draft.title, blankToNull(draft.description), draft.person == null ? null : draft.person.id()));
            }
        }, onDelete, onClose);
        buttons.withoutEnterShortcut();
        add(title, resourcePerson, description, buttons);
        // Stable ids for assistive tools and the browser tests.
        fields().forEach((name, field) -> ((Component) field).setId(name));
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(buttons, 2);
    }

    public void edit(ThemeView theme) {
        draft = new Draft();
        if (theme != null) {
            draft.title = theme.title();
            draft.description = theme.description();
            draft.person = people.stream().filter(p -> theme.resourcePersonId() != null && p.id() == theme.resourcePersonId())
                    .findFirst().orElse(null);
        }
        binder.readBean(draft);
        buttons.setDeleteVisible(theme != null);
    }

    public Map<String, HasValidation> fields() {
        return Map.of("title", title, "description", description, "resourcePersonId", resourcePerson);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static final class Draft {
        String title;
        String description;
        UserView person;
    }
}
