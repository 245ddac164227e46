package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.programme.Conflict;
import org.convene.programme.PersonRef;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.Programme;
import org.convene.programme.SessionKind;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.ui.programme.ConflictReportView;
import org.convene.ui.programme.MyAgendaView;
import org.convene.ui.programme.ProgrammeEditorView;
import org.convene.ui.programme.PublicProgrammeView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The chair office builds the programme; anyone reads it; an attendee follows their agenda. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView attendee;
    private static UserView lead;
    private static long summitId;
    private static long hall;
    private static long registration;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("prog-office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        attendee = users.create(new NewUser("samira@example.org", "سميرة", "attendee-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
        lead = users.create(new NewUser("prog-lead@example.org", "Lead", "lead-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        summitId = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12, "Quito",
                "CCQ", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 22), null)).id();
        hall = context.getBean(SummitSetup.class).addRoom(summitId, new RoomCommand("Sala Plenaria", 600, null)).id();
        context.getBean(SummitSetup.class).addRoom(summitId, new RoomCommand("Sala B", 30, null));
        long group = context.getBean(StakeholderGroups.class).create(Actor.of(office), summitId,
                new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        registration = context.getBean(DelegateRegistration.class).nominate(Actor.of(office), group, new Person("سميرة", "الحسني",
                "Samira", "El Hassani", "Migrant Forum", null, "MA", "MA", null, "samira@example.org", DelegateRole.DELEGATE, null, null)).id();
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static Programme programme() {
        return context.getBean(Programme.class);
    }

    @SuppressWarnings("unchecked")
    private void fill(String title, RoomView room, LocalDateTime start, LocalDateTime end) {
        ((Select<SessionKind>) find(Select.class).withId("kind").single()).setValue(SessionKind.PLENARY);
        find(TextField.class).withId("title").single().setValue(title);
        ((ComboBox<RoomView>) find(ComboBox.class).withId("roomId").single()).setValue(room);
        find(DateTimePicker.class).withId("start").single().setValue(start);
        find(DateTimePicker.class).withId("end").single().setValue(end);
    }

    private static RoomView room(String name) {
        return context.getBean(SummitSetup.class).rooms(summitId).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void the_chair_office_adds_a_session_with_a_speaker_through_the_form() {
        context.getBean(UserSession.class).signIn(office);
        navigate(ProgrammeEditorView.class);
        assertThat(find(Paragraph.class).single().getText()).startsWith("No sessions on this day yet");

        test(find(Button.class).withText("New session").single()).click();
        fill("Sesión inaugural", room("Sala Plenaria"), LocalDateTime.of(2019, 11, 20, 9, 0), LocalDateTime.of(2019, 11, 20, 10, 30));
        MultiSelectComboBox<PersonRef> speakers = find(MultiSelectComboBox.class).withId("speakers").single();
        speakers.setValue(Set.of(speakers.getListDataView().getItems().filter(p -> p.registrationId() == registration).findFirst().orElseThrow()));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(programme().sessions(summitId)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Sesión inaugural");
            assertThat(s.speakers()).extracting(PersonRef::name).containsExactly("سميرة الحسني");
        });
    }

    @Test
    @Order(2)
    void an_overlap_in_the_room_is_warned_while_editing_and_refused_next_to_the_room() {
        context.getBean(UserSession.class).signIn(office);
        navigate(ProgrammeEditorView.class);
        test(find(Button.class).withText("New session").single()).click();
        fill("Keynote", room("Sala Plenaria"), LocalDateTime.of(2019, 11, 20, 10, 0), LocalDateTime.of(2019, 11, 20, 11, 0));

        Div warnings = find(Div.class).withId("conflicts").single();
        assertThat(warnings.getChildren().findFirst()).isPresent();
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Refused: Sala Plenaria is already used at that time by Sesión inaugural.");

        test(find(Button.class).withText("Save").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<RoomView> room = find(ComboBox.class).withId("roomId").single();
        assertThat(room.isInvalid()).isTrue();
        assertThat(room.getErrorMessage()).isEqualTo("The room is already used at that time.");
        assertThat(programme().sessions(summitId)).hasSize(1);

        // Moved to the small room with a large audience: only a warning, and it saves.
        room.setValue(room("Sala B"));
        find(IntegerField.class).withId("expectedAudience").single().setValue(80);
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .containsExactly("Warning: Sala B seats 30, but 80 people are expected.");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(programme().sessions(summitId)).hasSize(2);
    }

    @Test
    @Order(3)
    void the_conflict_report_lists_the_small_room() {
        context.getBean(UserSession.class).signIn(office);
        navigate(ConflictReportView.class);
        @SuppressWarnings("unchecked")
        Grid<Conflict> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Keynote");
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Warning:");
    }

    @Test
    @Order(4)
    void anyone_reads_the_public_programme_by_room() {
        navigate(PublicProgrammeView.class);
        assertThat(find(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).contains("Sesión inaugural", "Sala Plenaria", "Speakers: سميرة الحسني"));
        @SuppressWarnings("unchecked")
        var order = find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).single();
        ((com.vaadin.flow.component.radiobutton.RadioButtonGroup<Boolean>) order).setValue(true);
        assertThat(find(com.vaadin.flow.component.html.H4.class).all()).extracting(h -> h.getText())
                .containsExactly("Sala B", "Sala Plenaria");
    }

    @Test
    @Order(4)
    void a_visitor_of_the_public_programme_is_offered_to_sign_in_not_to_sign_out() {
        context.getBean(org.convene.ui.security.UserSession.class).signOut();
        navigate(org.convene.ui.LoginView.class);
        navigate(PublicProgrammeView.class);

        assertThat(find(com.vaadin.flow.component.button.Button.class).withId("sign-in").exists()).isTrue();
        assertThat(find(com.vaadin.flow.component.button.Button.class).withText("Sign out").exists()).isFalse();
    }

    @Test
    @Order(5)
    void the_attendee_sees_their_agenda_and_creates_then_revokes_a_private_calendar_link() {
        context.getBean(UserSession.class).signIn(attendee);
        navigate(MyAgendaView.class);
        assertThat(find(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).contains("Sesión inaugural", "You speak in this session."));

        test(find(Button.class).withText("Create a private calendar link").single()).click();
        TextField link = find(TextField.class).single();
        assertThat(link.isVisible()).isTrue();
        String token = link.getValue().substring(link.getValue().lastIndexOf('/') + 1);
        PersonalAgendas agendas = context.getBean(PersonalAgendas.class);
        assertThat(agendas.feedOwner(token)).contains(registration);

        test(find(Button.class).withText("Revoke the link").single()).click();
        assertThat(agendas.feedOwner(token)).isEmpty();
        assertThat(find(Button.class).withText("Create a private calendar link").exists()).isTrue();
    }

    @Test
    @Order(6)
    void someone_not_registered_is_told_so_and_a_lead_may_not_edit_the_programme() {
        context.getBean(UserSession.class).signIn(lead);
        navigate(MyAgendaView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Your account's e-mail address is not registered"));
        navigate("programme/edit", AccessDeniedView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("No access");
    }
}
