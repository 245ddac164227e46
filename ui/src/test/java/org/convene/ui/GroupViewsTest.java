package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.ui.delegations.GroupListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The chair office sets up a summit's groups and quotas through the groups view. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GroupViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView lead;
    private static long summitId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "groups-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        lead = Fixtures.user(context, "groups-lead@example.org", "Business lead", "lead-secret", new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"));
        summitId = Fixtures.summit(context, "PH", "GFMD Manila", 15, "Manila", "PICC", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 3));
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private List<GroupView> stored() {
        return context.getBean(StakeholderGroups.class).list(Actor.of(office), summitId);
    }

    @Test
    @Order(1)
    void an_empty_summit_explains_itself_and_gets_its_three_mechanisms_in_one_click() {
        context.getBean(UserSession.class).signIn(office);
        GroupListView view = navigate(GroupListView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).single().getText()).startsWith("This summit has no groups yet");

        test(find(Button.class).withText("Add the three mechanisms").single()).click();

        assertThat(stored()).extracting(GroupView::kind)
                .containsExactlyInAnyOrder(GroupKind.CIVIL_SOCIETY, GroupKind.BUSINESS, GroupKind.MAYORS);
        assertThat(stored()).allSatisfy(g -> assertThat(g.places()).isEqualTo(50));
        assertThat(find(Button.class).withText("Add the three mechanisms").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<GroupView> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(view).isNotNull();
    }

    @Test
    @Order(2)
    void a_state_delegation_gets_a_quota_with_at_most_one_head() {
        context.getBean(UserSession.class).signIn(office);
        navigate(GroupListView.class);
        test(find(Button.class).withText("New group").single()).click();
        @SuppressWarnings("unchecked")
        Select<GroupKind> kind = find(Select.class).withId("kind").single();
        kind.setValue(GroupKind.STATE_DELEGATION);
        @SuppressWarnings("unchecked")
        ComboBox<String> state = find(ComboBox.class).withId("stateCode").single();
        assertThat(state.isVisible()).isTrue();
        state.setValue("MA");
        find(IntegerField.class).withId("places").single().setValue(8);
        find(IntegerField.class).withId("quota-" + DelegateRole.HEAD_OF_DELEGATION.name()).single().setValue(1);
        test(find(Button.class).withText("Save").single()).click();

        assertThat(stored()).filteredOn(g -> g.kind() == GroupKind.STATE_DELEGATION).singleElement().satisfies(g -> {
            assertThat(g.stateCode()).isEqualTo("MA");
            assertThat(g.places()).isEqualTo(8);
            assertThat(g.roleQuotas()).isEqualTo(Map.of(DelegateRole.HEAD_OF_DELEGATION, 1));
        });
    }

    @Test
    @Order(3)
    void the_same_state_twice_is_refused_next_to_the_state_field() {
        context.getBean(UserSession.class).signIn(office);
        navigate(GroupListView.class);
        test(find(Button.class).withText("New group").single()).click();
        @SuppressWarnings("unchecked")
        Select<GroupKind> kind = find(Select.class).withId("kind").single();
        kind.setValue(GroupKind.STATE_DELEGATION);
        @SuppressWarnings("unchecked")
        ComboBox<String> state = find(ComboBox.class).withId("stateCode").single();
        state.setValue("MA");
        find(IntegerField.class).withId("places").single().setValue(3);
        test(find(Button.class).withText("Save").single()).click();

        assertThat(state.isInvalid()).isTrue();
        assertThat(state.getErrorMessage()).isEqualTo("The summit already has this group.");
        assertThat(stored()).filteredOn(g -> g.kind() == GroupKind.STATE_DELEGATION).hasSize(1);
    }

    @Test
    @Order(4)
    void a_quota_below_the_places_taken_is_refused_and_a_larger_one_saved() {
        GroupView business = stored().stream().filter(g -> g.kind() == GroupKind.BUSINESS).findFirst().orElseThrow();
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        for (String email : List.of("a@biz.example", "b@biz.example")) {
            registrations.nominate(Actor.of(lead), business.id(), new Person("Олег", "Иванов", "Oleg", "Ivanov", "Acme", null,
                    "UA", "UA", null, email, DelegateRole.DELEGATE, null, null));
        }
        context.getBean(UserSession.class).signIn(office);
        navigate(GroupListView.class);
        @SuppressWarnings("unchecked")
        Grid<GroupView> grid = find(Grid.class).single();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).id() == business.id()).findFirst().orElseThrow();
        test(grid).clickRow(row);
        IntegerField places = find(IntegerField.class).withId("places").single();
        places.setValue(1);
        test(find(Button.class).withText("Save").single()).click();
        assertThat(places.isInvalid()).isTrue();
        assertThat(places.getErrorMessage()).isEqualTo("The quota cannot fall below the places already taken.");

        places.setValue(2);
        test(find(Button.class).withText("Save").single()).click();
        assertThat(stored()).filteredOn(g -> g.id() == business.id()).singleElement()
                .satisfies(g -> assertThat(g.places()).isEqualTo(2));
    }

    @Test
    @Order(5)
    void a_mechanism_lead_may_not_open_the_groups() {
        context.getBean(UserSession.class).signIn(lead);
        navigate("groups", AccessDeniedView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("No access");
    }
}
