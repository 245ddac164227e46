package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A mechanism lead nominates through the form; the chair office approves from the list. */
@ViewPackages(packages = "org.convene.ui")
class RegistrationViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView lead;
    private static long summitId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        lead = Fixtures.user(context, "mayors@example.org", "Mayors lead", "mayors-secret", new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"));
        summitId = Fixtures.summit(context, "EC", "12th GFMD Summit", 12, "Quito", "Centro de Convenciones",
                LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 5));
        Fixtures.group(context, office, summitId, GroupKind.MAYORS, 10);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    void a_lead_nominates_a_delegate_and_the_chair_office_approves() {
        context.getBean(UserSession.class).signIn(lead);
        navigate(RegistrationListView.class);
        test(find(Button.class).withText("Nominate a delegate").single()).click();
        find(EmailField.class).single().setValue("alcaldesa@example.org");
        find(TextField.class).withId("givenName").single().setValue("Ana");
        find(TextField.class).withId("familyName").single().setValue("Rivera");
        find(TextField.class).withId("organisation").single().setValue("Ciudad de Quito");
        @SuppressWarnings("unchecked")
        ComboBox<String> nationality = find(ComboBox.class).withId("nationality").single();
        nationality.setValue("EC");
        @SuppressWarnings("unchecked")
        ComboBox<String> residence = find(ComboBox.class).withId("residence").single();
        residence.setValue("EC");
        test(find(Button.class).withText("Save").single()).click();

        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        List<RegistrationView> mine = registrations.list(Actor.of(lead), summitId, RegistrationFilter.all());
        assertThat(mine).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.NOMINATED));

        context.getBean(UserSession.class).signIn(office);
        // Signing in reloads the page in a browser; here a detour makes Vaadin build the view anew.
        navigate(org.convene.ui.identity.AccountView.class);
        navigate(RegistrationListView.class);
        @SuppressWarnings("unchecked")
        Grid<RegistrationView> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Nominated");
        HorizontalLayout decision = (HorizontalLayout) test(grid).getCellComponent(0, 4);
        Button approve = (Button) decision.getComponentAt(0);
        assertThat(approve.getText()).isEqualTo("Approve");
        approve.click();
        assertThat(registrations.find(Actor.of(office), mine.getFirst().id()).status()).isEqualTo(RegistrationStatus.APPROVED);
    }
}
