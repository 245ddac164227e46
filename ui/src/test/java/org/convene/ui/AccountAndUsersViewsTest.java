package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.convene.identity.ApiTokens;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.ui.identity.AccountView;
import org.convene.ui.identity.UserListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in, managing users and roles, and personal tokens, without a browser. */
@ViewPackages(packages = "org.convene.ui")
class AccountAndUsersViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserManagement users;
    private static UserView office;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("desk@example.org", "Desk", "desk-secret-1", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private void login(String email, String password) {
        LoginForm form = find(LoginForm.class).single();
        ComponentUtil.fireEvent(form, new AbstractLogin.LoginEvent(form, true, email, password));
    }

    @Test
    void a_wrong_password_shows_an_error_and_signs_nobody_in() {
        navigate(LoginView.class);
        login("desk@example.org", "not-the-password");
        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(context.getBean(UserSession.class).user()).isEmpty();
    }

    @Test
    void the_right_password_signs_the_user_in() {
        navigate(LoginView.class);
        login("DESK@example.org", "desk-secret-1");
        assertThat(context.getBean(UserSession.class).user()).map(UserView::email).hasValue("desk@example.org");
    }

    @Test
    void a_deactivated_user_is_signed_out_at_the_next_navigation() {
        UserView leaving = users.create(new NewUser("leaving@example.org", "Leaving", "leaving-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
        context.getBean(UserSession.class).signIn(leaving);
        navigate(AccountView.class);
        users.update(leaving.id(), new UserChange("Leaving", null, "en", false, List.of(RoleGrant.of(Role.ATTENDEE))));
        navigate("account", LoginView.class);
    }

    @Test
    void the_chair_office_creates_a_focal_point_with_the_state_as_scope() {
        context.getBean(UserSession.class).signIn(office);
        navigate(UserListView.class);
        test(find(Button.class).withText("New user").single()).click();
        find(EmailField.class).single().setValue("focal.ma@example.org");
        find(TextField.class).withId("displayName").single().setValue("محمد العلوي");
        find(PasswordField.class).single().setValue("focal-point-secret");
        test(find(Button.class).withText("Add a role").single()).click();
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class).all().stream()
                .filter(s -> s.getAriaLabel().filter("Role"::equals).isPresent()).findFirst().orElseThrow();
        role.setValue(Role.FOCAL_POINT);
        @SuppressWarnings("unchecked")
        ComboBox<String> scope = find(ComboBox.class).all().stream()
                .filter(c -> c.getAriaLabel().filter("Scope"::equals).isPresent()).findFirst().orElseThrow();
        scope.setValue("MA");
        test(find(Button.class).withText("Save").single()).click();

        UserView created = users.findByEmail("focal.ma@example.org").orElseThrow();
        assertThat(created.displayName()).isEqualTo("محمد العلوي");
        assertThat(created.grants()).containsExactly(new RoleGrant(Role.FOCAL_POINT, "MA"));
    }

    @Test
    void a_person_fills_in_their_profile_and_chooses_to_be_findable() {
        UserView attendee = users.create(new NewUser("profile@example.org", "Profile", "profile-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
        context.getBean(UserSession.class).signIn(attendee);
        navigate(AccountView.class);
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("findable").single().getValue()).isFalse();

        find(com.vaadin.flow.component.textfield.TextArea.class).withId("bio").single().setValue("Mayor's adviser on migration.");
        find(TextField.class).withId("interests").single().setValue("cities, inclusion");
        find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("findable").single().setValue(true);
        test(find(Button.class).withId("save-profile").single()).click();

        assertThat(context.getBean(org.convene.identity.Profiles.class).of(attendee.id()))
                .isEqualTo(new org.convene.identity.Profile("Mayor's adviser on migration.", "cities, inclusion", true));

        find(com.vaadin.flow.component.details.Details.class).single().setOpened(true);
        String shown = find(com.vaadin.flow.component.html.Pre.class).withId("my-data-view").single().getText();
        assertThat(shown).contains("\"email\": \"profile@example.org\"", "\"bio\": \"Mayor's adviser on migration.\"", "\"registrations\": [");
    }

    @Test
    void a_new_token_is_shown_once_and_listed_by_its_prefix() {
        context.getBean(UserSession.class).signIn(office);
        navigate(AccountView.class);
        find(TextField.class).withCaption("Name").single().setValue("nightly export");
        test(find(Button.class).withText("Create token").single()).click();

        TextField secret = find(TextField.class).withCaption("Token").single();
        assertThat(secret.getValue()).startsWith("cvn_");
        assertThat(context.getBean(ApiTokens.class).authenticate(secret.getValue())).map(UserView::id).hasValue(office.id());
        assertThat(context.getBean(ApiTokens.class).list(office.id())).extracting(t -> t.name()).contains("nightly export");
    }
}
