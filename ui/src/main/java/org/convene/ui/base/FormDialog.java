package org.convene.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A modal dialog around a form, with a title and a close button. Escape closes it; the save
 * button of the form is the Enter key's default.
 */
public class FormDialog extends Dialog {
    public FormDialog(String title, Component form) {
        setHeaderTitle(title);
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(getTranslation("action.close"));
        getHeader().add(close);
        add(form);
        setWidth("min(40rem, 100vw)");
        setCloseOnOutsideClick(false);
    }
}
