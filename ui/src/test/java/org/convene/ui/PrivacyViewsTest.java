package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.PersonalData;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.identity.AccountView;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.SummitOverviewView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chair office downloads and erases a person's data, sets a summit's retention date and erases it after. */
@ViewPackages(packages = "org.convene.ui")
class PrivacyViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView lead;
    private static long chairmanship;
    private static long summitId;
    private static long registrationId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        lead = users.create(new NewUser("business@example.org", "Business lead", "business-secret", "en",
                List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("BD"), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).id();
        summitId = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "9th GFMD Summit", 9, "Dhaka",
                "Bangabandhu Centre", LocalDate.of(2016, 12, 10), LocalDate.of(2016, 12, 12), null)).id();
        long business = context.getBean(StakeholderGroups.class)
                .create(Actor.of(office), summitId, new GroupCommand(GroupKind.BUSINESS, null, null, 10, Map.of())).id();
        registrationId = context.getBean(DelegateRegistration.class).nominate(Actor.of(office), business, new Person("Рустам", "Каримов",
                "Rustam", "Karimov", "Tashkent Chamber of Commerce", null, "UZ", "UZ", null, "rustam@example.org",
                DelegateRole.DELEGATE, null, null)).id();
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    void the_chair_office_downloads_a_persons_data_by_id_and_erases_them_after_confirming() {
        signIn(office);
        navigate(RegistrationListView.class);
        HorizontalLayout actions = (HorizontalLayout) test(grid()).getCellComponent(0, 5);
        Anchor download = (Anchor) actions.getComponentAt(0);
        assertThat(download.getText()).isEqualTo("Download personal data");
        assertThat(download.getHref()).contains("registration-" + registrationId + "-personal-data.json").doesNotContain("Karimov", "rustam");

        Button erase = (Button) actions.getComponentAt(1);
        test(erase).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(confirm).cancel();
        assertThat(context.getBean(PersonalData.class).export(Actor.of(office), registrationId).erasedAt()).isNull();

        test(erase).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(context.getBean(PersonalData.class).export(Actor.of(office), registrationId).erasedAt()).isNotNull();
        assertThat(test(grid()).getCellText(0, 0)).doesNotContain("Рустам", "Rustam");
    }

    @Test
    void a_lead_has_no_personal_data_actions() {
        signIn(lead);
        navigate(RegistrationListView.class);
        assertThat(grid().getColumns()).extracting(c -> c.getHeaderText()).doesNotContain("Personal data");
        assertThat(find(Anchor.class).withText("Download personal data").all()).isEmpty();
    }

    @Test
    void the_summit_form_keeps_a_retention_date_and_refuses_one_before_the_end() {
        SummitView summit = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "Thematic workshop", null,
                "Dhaka", "Hall", LocalDate.of(2016, 5, 2), LocalDate.of(2016, 5, 3), null));
        signIn(office);
        navigate("summits/" + summit.id(), SummitOverviewView.class);
        test(find(Button.class).withText("Edit").single()).click();
        DatePicker retention = find(DatePicker.class).withId("retentionDate").single();
        retention.setValue(LocalDate.of(2016, 5, 1));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(retention.isInvalid()).isTrue();
        assertThat(context.getBean(SummitManagement.class).find(summit.id()).orElseThrow().retentionDate()).isNull();

        retention.setValue(LocalDate.of(2018, 5, 31));
        test(find(Button.class).withText("Save").single()).click();
        assertThat(context.getBean(SummitManagement.class).find(summit.id()).orElseThrow().retentionDate()).isEqualTo(LocalDate.of(2018, 5, 31));
    }

    @Test
    void the_summit_overview_offers_bulk_erasure_only_after_the_retention_date() {
        SummitManagement summits = context.getBean(SummitManagement.class);
        SummitView kept = summits.create(new SummitCommand(chairmanship, "Kept", null, "Dhaka", "Hall",
                LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 2), null, LocalDate.of(2999, 12, 31)));
        SummitView over = summits.create(new SummitCommand(chairmanship, "Over", null, "Dhaka", "Hall",
                LocalDate.of(2016, 7, 1), LocalDate.of(2016, 7, 2), null, LocalDate.of(2017, 7, 31)));
        signIn(office);

        navigate("summits/" + kept.id(), SummitOverviewView.class);
        Button keptErase = find(Button.class).withId("erase-personal-data").single();
        assertThat(keptErase.isEnabled()).isFalse();
        assertThat(keptErase.getTooltip().getText()).contains("Possible from the day after");

        navigate("summits/" + over.id(), SummitOverviewView.class);
        Button erase = find(Button.class).withId("erase-personal-data").single();
        assertThat(erase.isEnabled()).isTrue();
        test(erase).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(context.getBean(PersonalData.class).erasures(Actor.of(office), over.id())).singleElement()
                .satisfies(e -> assertThat(e.actorUserId()).isEqualTo(office.id()));
    }

    @SuppressWarnings("unchecked")
    private Grid<RegistrationView> grid() {
        return find(Grid.class).single();
    }

    private void signIn(UserView user) {
        context.getBean(UserSession.class).signIn(user);
        // Signing in reloads the page in a browser; here a detour makes Vaadin build the view anew.
        navigate(AccountView.class);
    }
}
