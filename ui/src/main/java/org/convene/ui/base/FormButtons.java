package org.convene.ui.base;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Save, delete and cancel, in the same place and style on every form. */
public class FormButtons extends HorizontalLayout {
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button cancel = new Button();
    private final ShortcutRegistration enter;

    public FormButtons(Runnable onSave, Runnable onDelete, Runnable onCancel) {
        save.setText(getTranslation("action.save"));
        delete.setText(getTranslation("action.delete"));
        cancel.setText(getTranslation("action.cancel"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter = save.addClickShortcut(Key.ENTER);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> onSave.run());
        delete.addClickListener(e -> onDelete.run());
        cancel.addClickListener(e -> onCancel.run());
        save.setId("save");
        add(save, cancel, delete);
        setPadding(false);
    }

    /** Delete only makes sense for something already stored. */
    public void setDeleteVisible(boolean visible) {
        delete.setVisible(visible);
    }

    /** For forms with a multi-line field, where Enter must start a new line, not save. */
    public void withoutEnterShortcut() {
        enter.remove();
    }

    public Button save() {
        return save;
    }
}
