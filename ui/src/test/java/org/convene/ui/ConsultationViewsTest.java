package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Consultations;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.convene.ui.consultations.ConsultationListView;
import org.convene.ui.consultations.ConsultationPage;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The chair office records a consultation; the theme's resource person writes observations; others are kept out. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsultationViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView amina;
    private static UserView oleg;
    private static UserView lead;
    private static long summitId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("cons-office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        amina = users.create(new NewUser("cons-amina@example.org", "أمينة", "resource-secret", "en", List.of(RoleGrant.of(Role.RESOURCE_PERSON))));
        oleg = users.create(new NewUser("cons-oleg@example.org", "Олег", "resource-secret", "en", List.of(RoleGrant.of(Role.RESOURCE_PERSON))));
        lead = users.create(new NewUser("cons-lead@example.org", "Lead", "lead-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("PH"), LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31))).id();
        summitId = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "2nd GFMD Summit", 2, "Manila",
                "PICC", LocalDate.of(2008, 10, 27), LocalDate.of(2008, 10, 30), null)).id();
        SummitSetup setup = context.getBean(SummitSetup.class);
        setup.addTheme(summitId, new ThemeCommand("Labour mobility", null, amina.id()));
        setup.addTheme(summitId, new ThemeCommand("Diaspora", null, oleg.id()));
        setup.addTheme(summitId, new ThemeCommand("Climate", null, null));
        setup.addTheme(summitId, new ThemeCommand("Recruitment", null, null));
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static Consultations consultations() {
        return context.getBean(Consultations.class);
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void the_chair_office_creates_a_consultation_and_the_theme_picker_stops_at_three() {
        context.getBean(UserSession.class).signIn(office);
        navigate(ConsultationListView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("No regional consultation for this summit yet"));

        test(find(Button.class).withText("New consultation").single()).click();
        find(TextField.class).withId("process").single().setValue("Colombo Process");
        find(TextField.class).withId("city").single().setValue("Colombo");
        ((ComboBox<String>) find(ComboBox.class).withId("countryCode").single()).setValue("LK");
        find(DatePicker.class).withId("startDate").single().setValue(LocalDate.of(2008, 9, 1));
        find(DatePicker.class).withId("endDate").single().setValue(LocalDate.of(2008, 9, 2));
        ((MultiSelectComboBox<String>) find(MultiSelectComboBox.class).withId("participants").single()).setValue(Set.of("LK", "PH"));
        MultiSelectComboBox<ThemeView> themes = find(MultiSelectComboBox.class).withId("themeIds").single();
        List<ThemeView> all = themes.getListDataView().getItems().toList();
        themes.setValue(new LinkedHashSet<>(all.subList(0, 3)));
        themes.setValue(new LinkedHashSet<>(all));

        assertThat(themes.getSelectedItems()).hasSize(3);
        assertThat(themes.isInvalid()).isTrue();
        assertThat(themes.getErrorMessage()).isEqualTo("A consultation takes up at most three themes.");

        test(find(Button.class).withText("Save").single()).click();
        assertThat(consultations().list(summitId)).singleElement().satisfies(c -> {
            assertThat(c.process()).isEqualTo("Colombo Process");
            assertThat(c.themes()).extracting(ConsultationView.Theme::title).containsExactly("Labour mobility", "Diaspora", "Climate");
        });
        Grid<ConsultationView> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void a_last_day_before_the_first_is_shown_next_to_the_field() {
        context.getBean(UserSession.class).signIn(office);
        navigate(ConsultationListView.class);
        test(find(Button.class).withText("New consultation").single()).click();
        find(TextField.class).withId("process").single().setValue("Abu Dhabi Dialogue");
        find(TextField.class).withId("city").single().setValue("Dubai");
        DatePicker end = find(DatePicker.class).withId("endDate").single();
        find(DatePicker.class).withId("startDate").single().setValue(LocalDate.of(2008, 9, 5));
        end.setMin(null);
        end.setValue(LocalDate.of(2008, 9, 4));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The last day is before the first day.");
        assertThat(consultations().list(summitId)).hasSize(1);
    }

    @Test
    @Order(3)
    void the_resource_person_writes_observations_on_their_theme_only_and_script_is_removed() {
        context.getBean(UserSession.class).signIn(amina);
        navigate(ConsultationListView.class);
        assertThat(find(Button.class).withText("New consultation").all()).allSatisfy(b -> assertThat(b.isVisible()).isFalse());
        long id = consultations().list(summitId).getFirst().id();
        long mobility = consultations().list(summitId).getFirst().themeIds().getFirst();
        navigate(ConsultationPage.class, id);

        // Only her theme has an editor.
        assertThat(find(TextArea.class).all()).singleElement().satisfies(a -> assertThat(a.getId()).hasValue("source-" + mobility));
        find(TextArea.class).single().setValue("**Skills** matter <script>alert(1)</script>");
        test(find(Button.class).withText("Save the observations on Labour mobility").single()).click();

        String html = find(Div.class).withId("observations-" + mobility).single().getElement().getChild(0).getOuterHTML();
        assertThat(html).contains("<strong>Skills</strong>").doesNotContain("script");
        assertThat(consultations().observations(id, mobility).writtenBy()).isEqualTo(amina.id());
        assertThat(find(Anchor.class).withText("Report (PDF)").all()).hasSize(1);
    }

    @Test
    @Order(4)
    void a_lead_may_not_open_consultations_and_a_resource_person_of_no_theme_is_told_it_is_not_theirs() {
        context.getBean(UserSession.class).signIn(lead);
        navigate("consultations", AccessDeniedView.class);

        UserView other = context.getBean(UserManagement.class).create(new NewUser("cons-other@example.org", "Other", "resource-secret", "en",
                List.of(RoleGrant.of(Role.RESOURCE_PERSON))));
        context.getBean(UserSession.class).signIn(other);
        long id = consultations().list(summitId).getFirst().id();
        navigate(ConsultationPage.class, id);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("This consultation does not exist or is not one of yours.");
        assertThat(find(TextArea.class).all()).isEmpty();
    }
}
