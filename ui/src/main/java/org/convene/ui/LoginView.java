package org.convene.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.ui.base.LanguageSelect;
import org.convene.ui.identity.ForgotPasswordView;
import org.convene.ui.security.UserSession;

/** The sign-in form. Failed and throttled attempts say nothing about whether the account exists. */
@Route("login")
@AnonymousAllowed
@Prototype
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final SignIn signIn;
    private final UserSession session;
    private final LoginForm form = new LoginForm();

    public LoginView(SignIn signIn, UserSession session, LanguageSelect language) {
        this.signIn = signIn;
        this.session = session;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n(null));
        form.addLoginListener(e -> attempt(e.getUsername(), e.getPassword()));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.getStyle().set("text-align", "center");
        add(new H1(getTranslation("app.name")), tagline, form, language);
    }

    private void attempt(String email, String password) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String source = request == null ? "unknown" : request.getRemoteAddr();
        switch (signIn.signIn(email, password, source)) {
            case SignInResult.Accepted accepted -> {
                session.signIn(accepted.user());
                String destination = "/" + session.takeDestination();
                // A full load, so the browser picks up the new session cookie.
                getUI().ifPresent(ui -> ui.getPage().setLocation(destination));
            }
            case SignInResult.Rejected rejected -> {
                form.setI18n(i18n(getTranslation("login.rejected")));
                form.setError(true);
            }
            case SignInResult.Throttled throttled -> {
                form.setI18n(i18n(getTranslation("login.throttled", Math.max(1, (throttled.retryAfterSeconds() + 59) / 60))));
                form.setError(true);
            }
        }
    }

    private LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("password.forgotten"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(error == null ? getTranslation("login.rejected") : error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (session.user().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
