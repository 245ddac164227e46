package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.Sql;
import org.convene.ui.roundtables.OutcomeEditorView;
import org.convene.ui.roundtables.OutcomeListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The rapporteur drafts with autosave and meets the Chatham House check; reviewers and attendees see what is theirs. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutcomeViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView rahul;
    private static UserView sofia;
    private static UserView morocco;
    private static UserView attendee;
    private static long summitId;
    private static long roundtableId;
    private static long theme;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "out-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        rahul = Fixtures.user(context, "out-rahul@example.org", "Rahul Menon", "rapporteur-secret", RoleGrant.of(Role.RAPPORTEUR));
        sofia = Fixtures.user(context, "out-sofia@example.org", "Sofía", "rapporteur-secret", RoleGrant.of(Role.RAPPORTEUR));
        morocco = Fixtures.user(context, "out-ma@example.org", "Nadia", "focal-secret", new RoleGrant(Role.FOCAL_POINT, "MA"));
        summitId = Fixtures.summit(context, "AE", "13th GFMD Summit", 13, "Dubai", "Expo 2020", LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26));
        attendee = Fixtures.user(context, "out-li@example.org", "李明", "attendee-secret", new RoleGrant(Role.ATTENDEE, Long.toString(summitId)));
        theme = context.getBean(SummitSetup.class).addTheme(summitId, new ThemeCommand("Labour mobility", null, null)).id();
        roundtableId = context.getBean(Roundtables.class).create(summitId, new RoundtableCommand(theme, "Fair recruitment",
                RoundtableFormat.ROUNDTABLE, 40, List.of("MA", "PH"), List.of(), List.of())).id();
        new Sql(context.getBean(DataSource.class)).update("UPDATE roundtable_roundtable SET rapporteur_user_id = " + rahul.id()
                + " WHERE id = " + roundtableId);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static Outcomes outcomes() {
        return context.getBean(Outcomes.class);
    }

    private OutcomeEditorView openEditor(UserView user) {
        return openEditor(user, roundtableId);
    }

    private OutcomeEditorView openEditor(UserView user, long id) {
        context.getBean(UserSession.class).signIn(user);
        return navigate(OutcomeEditorView.class, java.util.Map.of("id", Long.toString(id)));
    }

    /** A button of the first row's actions: grid cells are rendered on demand, so they are looked up through the grid. */
    @SuppressWarnings("unchecked")
    private Button action(String text) {
        com.vaadin.flow.component.grid.Grid<Object> grid = find(com.vaadin.flow.component.grid.Grid.class).single();
        var cell = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(grid).getCellComponent(0, 4);
        return cell.getChildren().filter(c -> c instanceof Button b && text.equals(b.getText())).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in " + cell.getChildren().map(c -> c instanceof Button b ? b.getText() : c.getClass().getSimpleName()).toList()));
    }

    private boolean hasAction(String text) {
        try {
            action(text);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private String saveState() {
        return find(Span.class).withId("save-state").single().getText();
    }

    @Test
    @Order(1)
    void typing_saves_the_outcome_and_a_flag_holds_the_submission_until_it_is_marked() {
        openEditor(rahul);
        assertThat(saveState()).startsWith("Nothing written yet");
        Button submit = find(Button.class).withId("submit").single();
        assertThat(submit.isEnabled()).isFalse();

        find(TextArea.class).withId("keyMessages").single().setValue("**Skills** travel. According to the delegate of Kenya, fees fell.");
        assertThat(saveState()).startsWith("Saved at").endsWith("(revision 1).");
        assertThat(find(Div.class).withId("keyMessages-preview").single().getElement().getChild(0).getOuterHTML())
                .contains("<strong>Skills</strong>");
        assertThat(find(Paragraph.class).withId("flag-summary").single().getText()).isEqualTo("1 flag(s) to resolve before you can submit.");
        assertThat(submit.isEnabled()).isFalse();

        find(TextField.class).withId("sdgTargets").single().setValue("10.7, 8.8");
        assertThat(saveState()).endsWith("(revision 2).");
        test(find(Button.class).withText("Mark as practice").single()).click();
        assertThat(find(Paragraph.class).withId("flag-summary").single().getText()).isEqualTo("Every flag is resolved.");
        assertThat(submit.isEnabled()).isTrue();

        test(submit).click();
        assertThat(outcomes().outcome(Actor.of(rahul), roundtableId).status()).isEqualTo(OutcomeStatus.SUBMITTED);
        assertThat(find(Span.class).withId("outcome-status").single().getText()).isEqualTo("Submitted");
        assertThat(find(TextArea.class).withId("keyMessages").single().isReadOnly()).isTrue();
    }

    @Test
    @Order(2)
    void a_co_chair_marks_it_reviewed_and_the_office_approves_and_publishes_from_the_list() {
        context.getBean(UserSession.class).signIn(morocco);
        navigate(OutcomeListView.class);
        test(action("Review")).click();
        find(TextArea.class).withId("comment").single().setValue("Agreed by both co-chairs.");
        test(find(Button.class).withText("Mark as reviewed").single()).click();
        assertThat(outcomes().outcome(Actor.of(office), roundtableId).status()).isEqualTo(OutcomeStatus.REVIEWED);
        assertThat(hasAction("Approve")).isFalse();

        // Vaadin keeps the view when navigating to the route already shown: leave it first, as a new sign-in would.
        navigate(HomeView.class);
        context.getBean(UserSession.class).signIn(office);
        navigate(OutcomeListView.class);
        test(action("Approve")).click();
        test(action("Publish")).click();
        assertThat(outcomes().outcome(Actor.of(office), roundtableId).status()).isEqualTo(OutcomeStatus.PUBLISHED);
    }

    @Test
    @Order(3)
    void an_attendee_reads_the_published_outcome_without_author_and_may_not_open_the_editor() {
        context.getBean(UserSession.class).signIn(attendee);
        navigate(OutcomeListView.class);
        test(action("Read")).click();
        String text = find(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).withId("published-outcome").single()
                .getElement().getOuterHTML();
        assertThat(text).contains("Skills", "10.7").doesNotContain("Rahul");
        navigate("roundtables/" + roundtableId + "/outcome", AccessDeniedView.class);
    }

    @Test
    @Order(4)
    void a_stale_save_keeps_the_typed_text_and_offers_to_reload_and_a_script_is_refused_next_to_its_field() {
        Actor chair = Actor.of(office);
        long second = context.getBean(Roundtables.class).create(summitId, new RoundtableCommand(theme, "Skills partnerships",
                RoundtableFormat.ROUNDTABLE, 40, List.of("DE"), List.of(), List.of())).id();
        new Sql(context.getBean(DataSource.class)).update("UPDATE roundtable_roundtable SET rapporteur_user_id = " + rahul.id()
                + " WHERE id = " + second);
        outcomes().save(chair, second, new OutcomeDraft("The first version.", "", "", ""), 0);
        openEditor(rahul, second);
        outcomes().save(chair, second, new OutcomeDraft("The office's version.", "", "", ""), 1);

        TextArea recommendations = find(TextArea.class).withId("recommendations").single();
        recommendations.setValue("My recommendation.");
        assertThat(saveState()).startsWith("Not saved: someone else saved a newer version.");
        assertThat(recommendations.getValue()).isEqualTo("My recommendation.");
        Button reload = find(Button.class).withText("Reload the saved version").single();
        assertThat(reload.isVisible()).isTrue();
        test(reload).click();
        assertThat(find(TextArea.class).withId("keyMessages").single().getValue()).isEqualTo("The office's version.");

        TextArea practices = find(TextArea.class).withId("practices").single();
        practices.setValue("A pledge <script>alert(1)</script>");
        assertThat(practices.isInvalid()).isTrue();
        assertThat(practices.getErrorMessage()).startsWith("The text holds a script");
        assertThat(saveState()).startsWith("Not saved:");
    }

    @Test
    @Order(5)
    void another_roundtables_rapporteur_is_told_the_outcome_is_not_theirs() {
        openEditor(sofia);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("This outcome does not exist or is not one of yours.");
        assertThat(find(TextArea.class).all()).isEmpty();
    }
}
