package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.StageSlotView;
import org.convene.summit.SummitView;
import org.convene.ui.marketplace.ExhibitorPage;
import org.convene.ui.marketplace.MarketplaceAdminView;
import org.convene.ui.marketplace.MarketplaceView;
import org.convene.ui.marketplace.MyExhibitView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** An accredited participant applies; the chair office adds a booth, accepts and allocates; anyone finds the exhibitor. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketplaceViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static long summitId;
    private static Marketplace marketplace;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        marketplace = context.getBean(Marketplace.class);
        office = Fixtures.user(context, "market-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        summitId = Fixtures.summit(context, "MX", "Marketplace Summit", 11, "Puerto Vallarta", "Centro", LocalDate.of(2018, 12, 5),
                LocalDate.of(2018, 12, 7));
        long civil = Fixtures.group(context, office, summitId, GroupKind.CIVIL_SOCIETY, 10);
        DelegateRegistration registration = context.getBean(DelegateRegistration.class);
        long amina = registration.nominate(Actor.of(office), civil, new Person("أمينة", "بنعلي", "Amina", "Benali", "شبكة الهجرة", null, "MA",
                "MA", Gender.FEMALE, "market-amina@example.org", DelegateRole.DELEGATE, null, null)).id();
        registration.approve(Actor.of(office), amina);
        long li = registration.nominate(Actor.of(office), civil, new Person("娜", "李", "Na", "Li", "Youth Lab", null, "CN",
                "CN", Gender.FEMALE, "market-li@example.org", DelegateRole.DELEGATE, null, null)).id();
        registration.approve(Actor.of(office), li);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static void signIn(UserView user) {
        context.getBean(UserSession.class).signIn(user);
    }

    private static UserView amina() {
        return context.getBean(UserManagement.class).findByEmail("market-amina@example.org").orElseThrow();
    }

    @Test
    @Order(1)
    void an_accredited_participant_applies_with_the_organisation_of_their_registration() {
        signIn(amina());
        MyExhibitView view = navigate(MyExhibitView.class);
        view.summitSelect().setValue(summit(view.summitSelect().getListDataView().getItems().toList()));
        assertThat(view.organisationField().getValue()).isEqualTo("شبكة الهجرة");
        test(find(Button.class).withId("apply").single()).click();
        assertThat(view.projectField().isInvalid()).as("the missing project title is marked").isTrue();
        assertThat(view.projectField().getErrorMessage()).isEqualTo("This field is required.");

        view.projectField().setValue("Atlas of corridors");
        view.descriptionField().setValue("Maps of labour migration corridors.");
        test(find(Button.class).withId("apply").single()).click();

        assertThat(marketplace.ownApplication(Actor.of(amina()), summitId)).map(ApplicationView::projectTitle).contains("Atlas of corridors");
        assertThat(find(Paragraph.class).withId("application-status").single().getText()).isEqualTo("Your application: Applied.");
    }

    @Test
    @Order(2)
    void the_chair_office_adds_a_booth_and_a_taken_code_is_marked_on_its_field() {
        signIn(office);
        MarketplaceAdminView view = navigate(MarketplaceAdminView.class);
        view.summitSelect().setValue(summit(view.summitSelect().getListDataView().getItems().toList()));
        test(find(Button.class).withId("add-booth").single()).click();
        TextField code = find(TextField.class).withCaption("Code").single();
        code.setValue("a1");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(marketplace.booths(summitId)).extracting(b -> b.code()).containsExactly("A1");

        test(find(Button.class).withId("add-booth").single()).click();
        TextField again = find(TextField.class).withCaption("Code").single();
        again.setValue("A1");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(again.isInvalid()).isTrue();
        assertThat(again.getErrorMessage()).isEqualTo("Another booth has this code.");
        assertThat(marketplace.booths(summitId)).hasSize(1);
    }

    @Test
    @Order(3)
    void anyone_sees_the_accepted_exhibitor_on_the_plan_in_the_list_and_on_their_page() {
        long applicationId = marketplace.ownApplication(Actor.of(amina()), summitId).orElseThrow().id();
        marketplace.decide(Actor.of(office), applicationId, ApplicationStatus.ACCEPTED);
        marketplace.allocate(Actor.of(office), applicationId, marketplace.booths(summitId).getFirst().id());
        marketplace.saveBooth(Actor.of(office), summitId, null, new BoothCommand("B2", 9, 2, 1, 2, 1));
        context.getBean(UserSession.class).signOut();

        MarketplaceView view = navigate(MarketplaceView.class);
        view.summitSelect().setValue(summit(view.summitSelect().getListDataView().getItems().toList()));
        assertThat(find(RouterLink.class).withId("booth-A1").single().getElement().getTextRecursively()).contains("شبكة الهجرة");
        assertThat(find(Div.class).withId("booth-B2").single().getElement().getTextRecursively()).contains("Free");
        view.searchField().setValue("corridors");
        assertThat(find(ListItem.class).all()).anySatisfy(li -> assertThat(li.getElement().getTextRecursively()).contains("Booth A1"));
        view.searchField().setValue("nothing like this");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("No exhibitor matches your search.");

        navigate("marketplace/exhibitor/" + applicationId, ExhibitorPage.class);
        assertThat(find(Paragraph.class).withId("exhibitor-booth").single().getText()).isEqualTo("Booth A1");
    }

    @Test
    @Order(4)
    void someone_without_an_accredited_registration_is_told_why_they_cannot_apply() {
        signIn(Fixtures.user(context, "market-nobody@example.org", "Nobody", "nobody-secret", RoleGrant.of(Role.ATTENDEE)));
        navigate(MyExhibitView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Only participants with an approved registration"));
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void the_chair_office_accepts_an_application_and_gives_it_a_free_booth_from_the_list() {
        UserView li = context.getBean(UserManagement.class).findByEmail("market-li@example.org").orElseThrow();
        long application = marketplace.apply(Actor.of(li), summitId, new org.convene.marketplace.ApplicationCommand("Youth Lab",
                "Remittance checker", "Compares the cost of sending money home.")).id();
        signIn(office);
        MarketplaceAdminView view = navigate(MarketplaceAdminView.class);
        view.summitSelect().setValue(summit(view.summitSelect().getListDataView().getItems().toList()));
        Grid<ApplicationView> grid = find(Grid.class).withId("application-grid").single();
        assertThat(test(grid).getRow(1).id()).isEqualTo(application);
        Select<ApplicationStatus> status = (Select<ApplicationStatus>) test(grid).getCellComponent(1, 2);
        test(status).selectItem("Accepted");
        assertThat(marketplace.application(Actor.of(office), application).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(marketplace.history(Actor.of(office), application)).extracting(d -> d.decidedBy()).last().isEqualTo(office.id());

        Select<BoothView> booth = (Select<BoothView>) test(find(Grid.class).withId("application-grid").single()).getCellComponent(1, 3);
        assertThat(test(booth).getSuggestions()).as("A1 is held by another exhibitor").doesNotContain("A1").contains("B2");
        test(booth).selectItem("B2");
        assertThat(marketplace.application(Actor.of(office), application).booth().code()).isEqualTo("B2");
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void an_accepted_exhibitor_books_a_stage_slot_under_my_exhibit() {
        long slot = marketplace.addSlot(Actor.of(office), summitId, java.time.LocalDateTime.parse("2018-12-06T13:00"), 15).id();
        UserView li = context.getBean(UserManagement.class).findByEmail("market-li@example.org").orElseThrow();
        signIn(li);
        MyExhibitView view = navigate(MyExhibitView.class);
        view.summitSelect().setValue(summit(view.summitSelect().getListDataView().getItems().toList()));
        Grid<StageSlotView> stage = find(Grid.class).withId("my-stage-grid").single();
        HorizontalLayout cell = (HorizontalLayout) test(stage).getCellComponent(0, 2);
        test((Button) cell.getComponentAt(0)).click();
        assertThat(marketplace.stage(summitId)).filteredOn(s -> s.id() == slot).extracting(StageSlotView::exhibitorName)
                .containsExactly("Youth Lab");
    }

    private static SummitView summit(List<SummitView> items) {
        return items.stream().filter(s -> s.id() == summitId).findFirst().orElseThrow();
    }
}
