package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.convene.ui.roundtables.RoundtableListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The chair office sets up roundtables: the form, a taken room shown at the field, the paper upload; others are kept out. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoundtableViewsTest extends BrowserlessTest {
    private static final LocalDateTime ELEVEN = LocalDateTime.of(2008, 10, 28, 11, 0);
    private static ApplicationContext context;
    private static UserView office;
    private static UserView rahul;
    private static UserView lead;
    private static long summitId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("rt-office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        rahul = users.create(new NewUser("rt-rahul@example.org", "Rahul Menon", "rapporteur-secret", "en", List.of()));
        lead = users.create(new NewUser("rt-lead@example.org", "Lead", "lead-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("PH"), LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31))).id();
        summitId = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "2nd GFMD Summit", 2, "Manila",
                "PICC", LocalDate.of(2008, 10, 27), LocalDate.of(2008, 10, 30), null)).id();
        SummitSetup setup = context.getBean(SummitSetup.class);
        setup.addTheme(summitId, new ThemeCommand("Labour mobility", null, null));
        setup.addTheme(summitId, new ThemeCommand("Diaspora", null, null));
        setup.addRoom(summitId, new RoomCommand("Room Luzon", 60, null));
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static Roundtables roundtables() {
        return context.getBean(Roundtables.class);
    }

    @SuppressWarnings("unchecked")
    private void fill(int themeIndex, String title, LocalDateTime start) {
        Select<ThemeView> theme = find(Select.class).withId("themeId").single();
        theme.setValue(theme.getListDataView().getItems().toList().get(themeIndex));
        find(TextField.class).withId("title").single().setValue(title);
        find(IntegerField.class).withId("capacity").single().setValue(40);
        ((MultiSelectComboBox<String>) find(MultiSelectComboBox.class).withId("coChairs").single()).setValue(Set.of("PH"));
        ComboBox<RoomView> room = find(ComboBox.class).withId("roomId").single();
        room.setValue(room.getListDataView().getItems().findFirst().orElseThrow());
        find(DateTimePicker.class).withId("start").single().setValue(start);
        find(DateTimePicker.class).withId("end").single().setValue(start.plusHours(2));
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void the_chair_office_creates_a_scheduled_roundtable_with_its_rapporteur() {
        context.getBean(UserSession.class).signIn(office);
        navigate(RoundtableListView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("No roundtable for this summit yet"));

        test(find(Button.class).withText("New roundtable").single()).click();
        fill(0, "Fair recruitment", ELEVEN);
        ComboBox<UserView> rapporteur = find(ComboBox.class).withId("rapporteurUserId").single();
        rapporteur.setValue(rapporteur.getListDataView().getItems().filter(u -> u.id() == rahul.id()).findFirst().orElseThrow());
        test(find(Button.class).withText("Save").single()).click();

        assertThat(roundtables().details(summitId)).singleElement().satisfies(d -> {
            assertThat(d.roundtable().number()).isEqualTo("RT 1.1");
            assertThat(d.roundtable().rapporteurUserId()).isEqualTo(rahul.id());
            assertThat(d.slot().roomName()).isEqualTo("Room Luzon");
            assertThat(d.slot().start()).isEqualTo(ELEVEN);
        });
        Grid<RoundtableDetails> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Philippines");
        assertThat(test(grid).getCellText(0, 7)).isEqualTo("Rahul Menon");
    }

    @Test
    @Order(2)
    void a_taken_room_is_shown_next_to_the_room_and_nothing_is_saved() {
        context.getBean(UserSession.class).signIn(office);
        navigate(RoundtableListView.class);
        test(find(Button.class).withText("New roundtable").single()).click();
        fill(1, "Diaspora bonds", ELEVEN.plusHours(1));
        test(find(Button.class).withText("Save").single()).click();

        ComboBox<?> room = find(ComboBox.class).withId("roomId").single();
        assertThat(room.isInvalid()).isTrue();
        assertThat(room.getErrorMessage()).isEqualTo("The room is already used at that time.");
        assertThat(roundtables().list(summitId)).hasSize(1);
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void a_renamed_text_file_is_refused_with_a_message_and_a_pdf_is_offered_for_download() {
        context.getBean(UserSession.class).signIn(office);
        navigate(RoundtableListView.class);
        Grid<RoundtableDetails> grid = find(Grid.class).single();
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, 9);
        Button paper = actions.getChildren().filter(c -> c instanceof Button b && "Paper".equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow();
        test(paper).click();

        test(find(Upload.class).withId("paper-upload").single()).upload("paper.pdf", "application/pdf",
                "Just text, renamed".getBytes(StandardCharsets.UTF_8));
        assertThat(find(Span.class).withId("paper-error").single().getText()).isEqualTo("Only PDF files are accepted: this file is not a PDF.");
        long id = roundtables().list(summitId).getFirst().id();
        assertThat(roundtables().paper(id)).isEmpty();

        test(find(Upload.class).withId("paper-upload").single()).upload("Fair recruitment.pdf", "application/pdf", pdf());
        assertThat(find(Span.class).withId("paper-error").single().getText()).isEmpty();
        assertThat(roundtables().paper(id)).hasValueSatisfying(p -> assertThat(p.fileName()).isEqualTo("Fair recruitment.pdf"));
        assertThat(find(Anchor.class).withText("Fair recruitment.pdf").all()).isNotEmpty();
    }

    @Test
    @Order(4)
    void a_mechanism_lead_may_not_open_the_roundtables() {
        context.getBean(UserSession.class).signIn(lead);
        navigate("roundtables", AccessDeniedView.class);
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            document.addNewPage();
        }
        return out.toByteArray();
    }
}
