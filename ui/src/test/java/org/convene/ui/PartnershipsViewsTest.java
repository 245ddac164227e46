package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.partnerships.ImportProblem;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.ui.base.Background;
import org.convene.ui.partnerships.PartnershipsView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Platform for Partnerships page: the chair office imports the sample and sees bad rows, anyone
 * filters by goal (with counts), target, place and words a page at a time; the chair office adds,
 * edits and promotes a practice from a published outcome. The tests build on each other, in order.
 */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnershipsViewsTest extends BrowserlessTest {
    private static final String HEADER = "sdg_targets,name,period,location,aim,partners,source\n";
    private static ApplicationContext context;
    private static UserView office;
    private static UserView attendee;
    private static long summitId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("pfp-office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        attendee = users.create(new NewUser("pfp-attendee@example.org", "李明", "attendee-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 31))).id();
        summitId = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12, "Quito",
                "Centro de Convenciones", LocalDate.of(2020, 1, 20), LocalDate.of(2020, 1, 24), null)).id();
        long theme = context.getBean(SummitSetup.class).addTheme(summitId, new ThemeCommand("Partnerships", null, null)).id();
        Roundtables roundtables = context.getBean(Roundtables.class);
        long roundtable = roundtables.create(summitId, new RoundtableCommand(theme, "Local partnerships", RoundtableFormat.ROUNDTABLE, 40,
                List.of("EC"), List.of(), List.of())).id();
        Actor chair = Actor.of(office);
        Outcomes outcomes = context.getBean(Outcomes.class);
        outcomes.save(chair, roundtable, new OutcomeDraft("Cities lead.", "- Fund cities.",
                "Quito runs a *one-stop* centre for migrants.", "11, 10.7"), 0);
        outcomes.submit(chair, roundtable);
        outcomes.review(chair, roundtable, "Agreed.");
        outcomes.approve(chair, roundtable);
        outcomes.publish(chair, roundtable);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static Partnerships partnerships() {
        return context.getBean(Partnerships.class);
    }

    private static byte[] sample() {
        try (InputStream in = PartnershipsViewsTest.class.getResourceAsStream("/org/convene/app/demo/practices-sample.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> shown() {
        return find(Span.class).withClassName("practice-name").all().stream().map(Span::getText).toList();
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void the_chair_office_imports_the_sample_then_a_file_with_bad_rows_and_sees_each_one() {
        context.getBean(UserSession.class).signIn(office);
        PartnershipsView view = navigate(PartnershipsView.class);
        view.runSlowWork(Background.NOW);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("The catalogue has no practice yet.");

        test(find(Button.class).withText("Import CSV").single()).click();
        test(find(Upload.class).withId("practice-upload").single()).upload("practices.csv", "text/csv", sample());
        assertThat(find(Paragraph.class).withId("practice-import-result").single().getText())
                .isEqualTo("6 practices imported, 0 already in the catalogue, 0 rows with problems.");
        assertThat(shown()).hasSize(6);

        String bad = HEADER + "10.7,Skilled Workers Immigration Law,Current,Germany,again,,\n"
                + "18.2,Goal eighteen,,Nepal,aim,,\n"
                + "11,Circular mobility pilot,,\"Tangier, Morocco\",\"An aim\nover lines\",,\n"
                + "10.7,Quoted,,Nepal,\"never closed,,\n";
        test(find(Upload.class).withId("practice-upload").single()).upload("practices.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class).withId("practice-import-result").single().getText())
                .isEqualTo("1 practices imported, 1 already in the catalogue, 2 rows with problems.");
        Grid<ImportProblem> problems = find(Grid.class).single();
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(problems).getCellText(0, 2)).isEqualTo("sdg_targets");
        assertThat(test(problems).getCellText(0, 3)).isEqualTo("This is not an SDG (1 to 17) or a target such as 10.7 or 10.c. (18.2)");
        assertThat(test(problems).getCellText(1, 0)).isEqualTo("5");
        assertThat(test(problems).getCellText(1, 1)).isEqualTo("6");
        assertThat(test(problems).getCellText(1, 3)).startsWith("A quoted field opens in this row and is never closed");
        assertThat(shown()).hasSize(7);
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void a_visitor_filters_by_goal_with_counts_by_target_region_place_and_words() {
        context.getBean(UserSession.class).signOut();
        navigate(LoginView.class);
        navigate(PartnershipsView.class);
        assertThat(find(Button.class).withText("Import CSV").exists()).isFalse();
        assertThat(find(Button.class).withText("New practice").exists()).isFalse();
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Platform for Partnerships");

        Select<Integer> goal = find(Select.class).withId("pfp-goal").single();
        assertThat(goal.getItemLabelGenerator().apply(null)).isEqualTo("All goals");
        assertThat(goal.getItemLabelGenerator().apply(10)).isEqualTo("10 · Reduced inequalities (4)");
        assertThat(goal.getItemLabelGenerator().apply(11)).isEqualTo("11 · Sustainable cities and communities (4)");
        goal.setValue(10);
        assertThat(shown()).containsExactly("GCM National Implementation Plan", "Municipal Council of Immigrants", "Remit Hydro",
                "Skilled Workers Immigration Law");
        assertThat(find(Span.class).withId("pfp-count").single().getText()).isEqualTo("Practices found: 4");

        TextField target = find(TextField.class).withId("pfp-target").single();
        target.setValue("10.7");
        assertThat(shown()).containsExactly("GCM National Implementation Plan", "Skilled Workers Immigration Law");
        target.setValue("18.2");
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("This is not an SDG (1 to 17) or a target such as 10.7 or 10.c.");
        target.clear();
        goal.clear();

        find(TextField.class).withId("pfp-location").single().setValue("Brésil");
        assertThat(shown()).containsExactly("Municipal Council of Immigrants");
        assertThat(goal.getItemLabelGenerator().apply(10)).isEqualTo("10 · Reduced inequalities (1)");
        find(TextField.class).withId("pfp-location").single().clear();
        Select<String> region = find(Select.class).withId("pfp-region").single();
        assertThat(region.getItemLabelGenerator().apply("019")).isEqualTo("Americas");
        region.setValue("019");
        assertThat(shown()).containsExactly("Migra Empresas", "Municipal Council of Immigrants");
        region.setValue("142");
        assertThat(shown()).containsExactly("Remit Hydro");
        region.clear();
        find(TextField.class).withId("pfp-words").single().setValue("remittances");
        assertThat(shown()).containsExactly("Remit Hydro");
        find(TextField.class).withId("pfp-words").single().setValue("nothing-like-this");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("No practice matches these filters. Choose another goal or clear a filter.");
    }

    @Test
    @Order(3)
    void the_list_is_paged() {
        for (int i = 1; i <= 21; i++) {
            partnerships().create(new PracticeCommand(String.format("Pilot %02d", i), null, "17.17", null, "Quito, Ecuador", null, null, null, null));
        }
        context.getBean(UserSession.class).signOut();
        navigate(LoginView.class);
        navigate(PartnershipsView.class);
        find(TextField.class).withId("pfp-words").single().setValue("pilot");
        assertThat(shown()).hasSize(20).startsWith("Circular mobility pilot", "Pilot 01");
        Button next = find(Button.class).withText("Next").single();
        test(next).click();
        assertThat(shown()).containsExactly("Pilot 20", "Pilot 21");
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("Page 2 of 2");
        assertThat(next.isEnabled()).isFalse();
    }

    @Test
    @Order(4)
    void the_chair_office_adds_a_practice_and_a_bad_target_is_shown_next_to_its_field() {
        context.getBean(UserSession.class).signIn(office);
        navigate(PartnershipsView.class);
        test(find(Button.class).withText("New practice").single()).click();
        find(TextField.class).withId("name").single().setValue("Programme de parrainage");
        TextField sdg = find(TextField.class).withId("sdgTargets").single();
        sdg.setValue("18.2");
        find(TextField.class).withId("location").single().setValue("Montréal, Canada");
        find(TextArea.class).withId("aim").single().setValue("Un parrainage communautaire.");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(sdg.isInvalid()).isTrue();
        assertThat(sdg.getErrorMessage()).isEqualTo("This is not an SDG (1 to 17) or a target such as 10.7 or 10.c.");

        sdg.setValue("10.7 et 8.8");
        test(find(Button.class).withText("Save").single()).click();
        List<PracticeView> found = partnerships().search(new PracticeQuery(null, "parrainage", null, 1, 20)).items();
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.sdgTargets()).containsExactly("10.7", "8.8");
            assertThat(p.countryCode()).isEqualTo("CA");
        });
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void the_chair_office_promotes_a_practice_from_a_published_outcome() {
        context.getBean(UserSession.class).signIn(office);
        navigate(PartnershipsView.class);
        test(find(Button.class).withText("Promote from an outcome").single()).click();
        Select<PublishedOutcome> outcome = find(Select.class).withId("promote-outcome").single();
        assertThat(outcome.getValue().title()).isEqualTo("Local partnerships");
        TextField sdg = find(TextField.class).withId("sdgTargets").single();
        assertThat(sdg.getValue()).isEqualTo("11, 10.7");
        assertThat(find(TextArea.class).withId("aim").single().getValue()).isEqualTo("Quito runs a one-stop centre for migrants.");
        find(TextField.class).withId("name").single().setValue("One-stop centre for migrants");
        find(TextField.class).withId("location").single().setValue("Quito, Ecuador");
        test(find(Button.class).withText("Save").single()).click();

        List<PracticeView> promoted = partnerships().ofRoundtable(outcome.getValue().roundtableId());
        assertThat(promoted).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("One-stop centre for migrants");
            assertThat(p.source()).startsWith("Outcome of RT 1.1");
        });
    }

    @Test
    @Order(6)
    void the_attendee_home_page_links_to_the_platform() {
        context.getBean(UserSession.class).signIn(attendee);
        navigate(HomeView.class);
        RouterLink link = find(RouterLink.class).withText("Platform for Partnerships: practices by SDG target").single();
        assertThat(link.getHref()).isEqualTo("partnerships");
    }
}
