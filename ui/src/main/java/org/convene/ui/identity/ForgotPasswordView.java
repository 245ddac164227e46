package org.convene.ui.identity;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.convene.identity.Invitations;
import org.convene.identity.UserLimits;
import org.convene.ui.LoginView;
import org.convene.ui.base.LanguageSelect;

/**
 * Asks for a reset link. The answer is the same whether or not the address has an account, and
 * whether or not the request was over the limit, so the page reveals nobody.
 */
@Route("password/forgotten")
@AnonymousAllowed
@Prototype
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {
    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    public ForgotPasswordView(Invitations invitations, LanguageSelect language) {
        setAlignItems(Alignment.CENTER);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        email.setLabel(getTranslation("login.email"));
        email.setMaxLength(UserLimits.EMAIL_MAX);
        email.setWidthFull();
        email.setId("email");
        send.setText(getTranslation("password.send-link"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setId("send");
        answer.setVisible(false);
        answer.getElement().setAttribute("role", "status");
        send.addClickListener(e -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage(getTranslation("validation.required"));
                email.setInvalid(true);
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            invitations.requestReset(email.getValue(), request == null ? "unknown" : request.getRemoteAddr());
            answer.setText(getTranslation("password.link-sent"));
            answer.setVisible(true);
            send.setEnabled(false);
        });
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("password.forgotten-intro")), email, send, answer,
                new RouterLink(getTranslation("login.title"), LoginView.class), language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forgotten") + " · " + getTranslation("app.name");
    }
}
