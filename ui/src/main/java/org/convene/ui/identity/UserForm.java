package org.convene.ui.identity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.convene.identity.NewUser;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserLimits;
import org.convene.identity.UserView;
import org.convene.ui.base.FormButtons;

/**
 * An account: e-mail (fixed once created), name, password, language, roles. Fires a NewUser or a
 * UserChange; calls no service. Checks are the server's, shown next to each field.
 */
public class UserForm extends FormLayout {
    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final Select<String> language = new Select<>();
    final Checkbox active = new Checkbox();
    final GrantEditor grants = new GrantEditor();
    private final FormButtons buttons;
    private UserView editing;

    public UserForm(Consumer<NewUser> onCreate, Consumer<UserChange> onUpdate, Runnable onClose) {
        email.setLabel(getTranslation("user.email"));
        email.setMaxLength(UserLimits.EMAIL_MAX);
        displayName.setLabel(getTranslation("user.name"));
        displayName.setMaxLength(UserLimits.NAME_MAX);
        password.setLabel(getTranslation("user.password"));
        password.setMaxLength(UserLimits.PASSWORD_MAX);
        language.setLabel(getTranslation("user.language"));
        language.setItems("en", "fr", "es");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        active.setLabel(getTranslation("user.active"));
        buttons = new FormButtons(() -> {
            List<RoleGrant> chosen = grants.getValue() == null ? List.of() : grants.getValue();
            if (editing == null) {
                onCreate.accept(new NewUser(email.getValue(), displayName.getValue(), password.getValue(), language.getValue(), chosen));
            } else {
                onUpdate.accept(new UserChange(displayName.getValue(), password.getValue().isEmpty() ? null : password.getValue(),
                        language.getValue(), active.getValue(), chosen));
            }
        }, () -> { }, onClose);
        buttons.setDeleteVisible(false);
        add(email, displayName, password, language, active, grants, buttons);
        // Stable ids for assistive tools and the browser tests.
        fields().forEach((name, field) -> ((Component) field).setId(name));
        setColspan(grants, 2);
        setColspan(buttons, 2);
    }

    public void edit(UserView user) {
        editing = user;
        email.setValue(user == null ? "" : user.email());
        email.setReadOnly(user != null);
        displayName.setValue(user == null ? "" : user.displayName());
        password.clear();
        password.setHelperText(getTranslation(user == null ? "user.password.help" : "user.password.keep"));
        language.setValue(user == null ? "en" : user.language());
        active.setValue(user == null || user.active());
        active.setVisible(user != null);
        grants.setValue(user == null ? List.of() : user.grants());
    }

    public Map<String, HasValidation> fields() {
        return Map.of("email", email, "displayName", displayName, "password", password, "language", language, "grants", grants);
    }
}
