package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.convene.identity.Invitations;
import org.convene.identity.NewUser;
import org.convene.identity.PasswordLink;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.identity.UserManagement;
import org.convene.ui.identity.ForgotPasswordView;
import org.convene.ui.identity.SetPasswordView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An invited attendee chooses a password through the link; a spent link says so; the reset form reveals nobody. */
@ViewPackages(packages = "org.convene.ui")
class PasswordLinkViewsTest extends BrowserlessTest {
    private static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    void an_invited_attendee_chooses_a_password_and_the_link_is_then_spent() {
        PasswordLink link = context.getBean(Invitations.class).inviteAttendee("amal@example.org", "أمل", "en", 3).invitation();

        open(link.token());
        assertThat(find(EmailField.class).single().getValue()).isEqualTo("amal@example.org");
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Welcome, أمل."));
        find(PasswordField.class).withId("password").single().setValue("olive-tree-by-the-sea");
        find(PasswordField.class).withId("repeat").single().setValue("olive-tree-by-the-sea!");
        test(find(Button.class).withId("save").single()).click();
        assertThat(find(PasswordField.class).withId("repeat").single().getErrorMessage()).isEqualTo("The two passwords differ.");

        find(PasswordField.class).withId("repeat").single().setValue("olive-tree-by-the-sea");
        test(find(Button.class).withId("save").single()).click();

        assertThat(context.getBean(SignIn.class).signIn("amal@example.org", "olive-tree-by-the-sea", "192.0.2.50"))
                .isInstanceOf(SignInResult.Accepted.class);
        open(link.token());
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("This link is no longer valid"));
        assertThat(find(PasswordField.class).exists()).isFalse();
    }

    private void open(String token) {
        // A detour first, so the router builds the view anew for the new link.
        navigate(LoginView.class);
        com.vaadin.flow.component.UI.getCurrent().navigate("password", com.vaadin.flow.router.QueryParameters.of("token", token));
        assertThat(getCurrentView()).isInstanceOf(SetPasswordView.class);
    }

    @Test
    void a_made_up_link_shows_no_form() {
        open("made-up");
        assertThat(find(PasswordField.class).exists()).isFalse();
        navigate("password", SetPasswordView.class);
        assertThat(find(PasswordField.class).exists()).isFalse();
    }

    @Test
    void the_reset_form_answers_the_same_for_a_known_and_an_unknown_address() {
        context.getBean(UserManagement.class).create(new NewUser("desk@example.org", "Desk", "a-long-enough-secret", "en",
                List.of(RoleGrant.of(Role.CHECK_IN))));
        String[] answers = new String[2];
        String[] addresses = {"desk@example.org", "nobody@example.org"};
        for (int i = 0; i < 2; i++) {
            navigate(LoginView.class);
            navigate(ForgotPasswordView.class);
            find(EmailField.class).withId("email").single().setValue(addresses[i]);
            test(find(Button.class).withId("send").single()).click();
            answers[i] = find(Paragraph.class).all().getLast().getText();
        }
        assertThat(answers[0]).isEqualTo(answers[1]).startsWith("If an account exists for this address");
    }
}
