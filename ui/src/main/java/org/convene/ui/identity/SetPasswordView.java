package org.convene.ui.identity;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import org.convene.identity.Invitations;
import org.convene.identity.PasswordLink;
import org.convene.identity.UserLimits;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.ui.LoginView;
import org.convene.ui.base.LanguageSelect;
import org.convene.ui.base.ServerErrors;

/**
 * Where an invitation or reset link leads: the person chooses their password. The page shows the
 * address the link belongs to and nothing else about them; a spent or expired link says so and
 * offers a new one.
 */
@Route("password")
@AnonymousAllowed
@Prototype
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final Invitations invitations;
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private String token;

    public SetPasswordView(Invitations invitations, LanguageSelect language) {
        this.invitations = invitations;
        setAlignItems(Alignment.CENTER);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        email.setLabel(getTranslation("login.email"));
        email.setReadOnly(true);
        email.setWidthFull();
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", UserLimits.PASSWORD_MIN));
        password.setWidthFull();
        password.setId("password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setWidthFull();
        repeat.setId("repeat");
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        save.setId("save");
        add(new H1(getTranslation("app.name")), language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = given.isEmpty() ? null : given.getFirst();
        Optional<PasswordLink> link = invitations.check(token);
        if (link.isEmpty()) {
            add(new Paragraph(getTranslation("password.link-invalid")),
                    new RouterLink(getTranslation("password.forgotten"), ForgotPasswordView.class));
            return;
        }
        email.setValue(link.get().email());
        add(new Paragraph(getTranslation(link.get().purpose() == PasswordLink.Purpose.INVITATION ? "password.welcome" : "password.reset-intro",
                link.get().displayName())), email, password, repeat, save);
        password.focus();
    }

    private void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        repeat.setInvalid(false);
        try {
            invitations.setPassword(token, password.getValue());
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                if (problem.field().equals("password")) {
                    password.setErrorMessage(getTranslation(problem.code(), UserLimits.PASSWORD_MIN));
                    password.setInvalid(true);
                } else {
                    ServerErrors.error(getTranslation("password.link-invalid"));
                }
            }
            return;
        }
        ServerErrors.success(getTranslation("password.saved"));
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
