package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participants;
import org.convene.delegations.Person;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.openspace.MeetingView;
import org.convene.openspace.OpenSpace;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitSetup;
import org.convene.ui.openspace.OpenSpaceSetupView;
import org.convene.ui.openspace.OpenSpaceView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The chair office lays out the Open Space; an attendee requests a meeting in a few clicks, the other accepts; home shows the counts. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSpaceViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView fatima;
    private static UserView ming;
    private static long summitId;
    private static long session;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "os-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        summitId = Fixtures.summit(context, "PH", "11th GFMD Summit (open space)", 11, "Quito", "Centro", LocalDate.of(2018, 12, 5),
                LocalDate.of(2018, 12, 7));
        long hall = context.getBean(SummitSetup.class).addRoom(summitId, new RoomCommand("Hall", 100, null)).id();
        session = context.getBean(Programme.class).create(summitId, new SessionCommand(SessionKind.OPEN_SPACE, "Open Space day", null, hall,
                LocalDateTime.parse("2018-12-06T14:00"), LocalDateTime.parse("2018-12-06T15:00"), List.of(), List.of(), Audience.OPEN,
                null, List.of(), null)).id();
        long civil = Fixtures.group(context, office, summitId, GroupKind.CIVIL_SOCIETY, 10);
        fatima = attendee(civil, "فاطمة", "الزهراء", "Fatima", "Al-Zahra", "os-fatima@example.org");
        ming = attendee(civil, "明", "李", "Ming", "Li", "os-ming@example.org");
    }

    private static UserView attendee(long group, String given, String family, String latinGiven, String latinFamily, String email) {
        return attendee(group, given, family, latinGiven, latinFamily, email, "MA");
    }

    private static UserView attendee(long group, String given, String family, String latinGiven, String latinFamily, String email,
                                     String nationality) {
        context.getBean(DelegateRegistration.class).nominate(Actor.of(office), group, new Person(given, family, latinGiven, latinFamily,
                "Network", null, nationality, nationality, Gender.FEMALE, email, DelegateRole.DELEGATE, null, null));
        UserView user = Fixtures.user(context, email, latinGiven, "attendee-secret-1", new RoleGrant(Role.ATTENDEE, Long.toString(summitId)));
        context.getBean(Profiles.class).update(user.id(), new Profile(null, "skills partnerships", true));
        return user;
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static void signIn(UserView user) {
        context.getBean(UserSession.class).signIn(user);
    }

    @Test
    @Order(1)
    void theChairOfficePicksThePeriodSetsSlotsAndAddsAPlace() {
        signIn(office);
        OpenSpaceSetupView view = navigate(OpenSpaceSetupView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        view.periodPicker().select(view.periodPicker().getListDataView().getItems().filter(s -> s.id() == session).findFirst().orElseThrow());
        find(IntegerField.class).withCaption("Slot length (minutes)").single().setValue(20);
        test(find(Button.class).withText("Save").single()).click();
        find(TextField.class).withCaption("Table or room").single().setValue("Table 1");
        test(find(Button.class).withText("Add place").single()).click();

        assertThat(find(Paragraph.class).withId("openspace-setup-status").single().getText()).isEqualTo("3 slots, 1 places, 0 meetings booked.");
        assertThat(context.getBean(OpenSpace.class).setup(summitId).slotMinutes()).isEqualTo(20);
    }

    @Test
    @Order(2)
    void anAttendeeRequestsAMeetingInTwoClicksAndTheOtherAcceptsIt() {
        signIn(fatima);
        OpenSpaceView view = navigate(OpenSpaceView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        test(find(Button.class).withText("Request a meeting").single()).click();
        test(find(Button.class).withId("openspace-send").single()).click();

        signIn(ming);
        navigate(HomeView.class);
        view = navigate(OpenSpaceView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        test(find(Button.class).withText("Accept").single()).click();

        List<MeetingView> meetings = context.getBean(OpenSpace.class).myMeetings(Actor.of(ming), summitId);
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.placeName()).isEqualTo("Table 1");
            assertThat(m.start()).isEqualTo(LocalDateTime.parse("2018-12-06T14:00"));
        });
        assertThat(find(Button.class).withText("Cancel meeting").all()).hasSize(1);
    }

    @Test
    @Order(3)
    void theHomePageCountsTheAttendeesMeetingRequests() {
        signIn(fatima);
        navigate(HomeView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("11th GFMD Summit (open space): 0 invitation(s) to answer, 0 request(s) waiting, 1 meeting(s) booked");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void anAttendeeNarrowsThePeopleByGroupAndCountry() {
        long business = Fixtures.group(context, office, summitId, GroupKind.BUSINESS, 10);
        attendee(business, "Ольга", "Иванова", "Olga", "Ivanova", "os-olga@example.org", "RU");
        signIn(fatima);
        OpenSpaceView view = navigate(OpenSpaceView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        assertThat(requestButtons()).containsExactlyInAnyOrder("Meeting with 明 李", "Meeting with Ольга Иванова");

        Select<Participants.GroupRef> group = find(Select.class).withId("openspace-group").single();
        group.setValue(group.getListDataView().getItems().filter(g -> g.kind() == GroupKind.BUSINESS).findFirst().orElseThrow());
        assertThat(requestButtons()).containsExactly("Meeting with Ольга Иванова");

        group.clear();
        ComboBox<String> country = find(ComboBox.class).withId("openspace-country").single();
        country.setValue("MA");
        assertThat(requestButtons()).containsExactly("Meeting with 明 李");

        group.setValue(group.getListDataView().getItems().filter(g -> g.kind() == GroupKind.BUSINESS).findFirst().orElseThrow());
        assertThat(requestButtons()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("Nobody findable matches this search.");
    }

    private List<String> requestButtons() {
        return find(Button.class).withText("Request a meeting").all().stream().map(b -> b.getElement().getAttribute("aria-label")).toList();
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void theChairOfficeSeesEveryBookedMeetingAndFindsOneByName() {
        signIn(office);
        OpenSpaceSetupView view = navigate(OpenSpaceSetupView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        Grid<MeetingView> grid = find(Grid.class).withId("openspace-meetings-all").single();
        assertThat(grid.getListDataView().getItems().toList()).singleElement().satisfies(m -> {
            assertThat(m.placeName()).isEqualTo("Table 1");
            assertThat(m.people()).extracting(MeetingView.Person::name).containsExactlyInAnyOrder("فاطمة الزهراء", "明 李");
        });

        find(TextField.class).withId("openspace-meeting-filter").single().setValue("明");
        assertThat(grid.getListDataView().getItems().count()).isEqualTo(1);
        find(TextField.class).withId("openspace-meeting-filter").single().setValue("Ольга");
        assertThat(grid.isVisible()).isFalse();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("No meeting matches; clear the filter to see them all.");
    }
}
