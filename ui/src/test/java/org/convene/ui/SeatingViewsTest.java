package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
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
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.roundtables.SeatView;
import org.convene.roundtables.SeatingPlan;
import org.convene.roundtables.Seating;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeCommand;
import org.convene.ui.base.Background;
import org.convene.ui.roundtables.MyRoundtablesView;
import org.convene.ui.roundtables.SeatingView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A delegate chooses roundtables; the chair office runs the assignment, reads its quality and unseats by hand. */
@ViewPackages(packages = "org.convene.ui")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeatingViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static long summitId;
    private static long fatima;
    private static RoundtableView recruitment;
    private static RoundtableView skills;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "seating-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        summitId = Fixtures.summit(context, "EC", "12th GFMD Summit (seating)", 12, "Quito", "Centro", LocalDate.of(2019, 1, 20),
                LocalDate.of(2019, 1, 22));
        long theme = context.getBean(SummitSetup.class).addTheme(summitId, new ThemeCommand("Narratives", null, null)).id();
        Roundtables roundtables = context.getBean(Roundtables.class);
        recruitment = roundtables.create(summitId, new RoundtableCommand(theme, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 1,
                List.of("EC"), List.of(), List.of()));
        skills = roundtables.create(summitId, new RoundtableCommand(theme, "Skills", RoundtableFormat.ROUNDTABLE, 5, List.of("EC"),
                List.of(), List.of()));
        long civil = Fixtures.group(context, office, summitId, GroupKind.CIVIL_SOCIETY, 10);
        DelegateRegistration registration = context.getBean(DelegateRegistration.class);
        fatima = registration.nominate(Actor.of(office), civil, new Person("فاطمة", "الزهراء", "Fatima", "Al-Zahra", "Network", null, "MA",
                "MA", Gender.FEMALE, "seating-fatima@example.org", DelegateRole.DELEGATE, null, null)).id();
        registration.approve(Actor.of(office), fatima);
        long li = registration.nominate(Actor.of(office), civil, new Person("明", "李", "Ming", "Li", "Network", null, "CN", "CN",
                Gender.MALE, "seating-li@example.org", DelegateRole.DELEGATE, null, null)).id();
        registration.approve(Actor.of(office), li);
        context.getBean(Seating.class).setPreferences(Actor.of(office), li, List.of(recruitment.id(), skills.id()));
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
    void theDelegateChoosesRoundtablesAndIsToldTheyHaveNoSeatYet() {
        signIn(context.getBean(UserManagement.class).findByEmail("seating-fatima@example.org").orElseThrow());
        MyRoundtablesView view = navigate(MyRoundtablesView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        assertThat(find(Paragraph.class).withId("my-seat").single().getText()).startsWith("You have no seat yet.");

        view.choice(0).setValue(recruitment);
        view.choice(1).setValue(skills);
        test(find(Button.class).withText("Save my choices").single()).click();

        assertThat(context.getBean(Seating.class).preferences(Actor.of(office), fatima).roundtableIds()).containsExactly(recruitment.id(), skills.id());
    }

    @Test
    @Order(2)
    void theChairOfficeRunsTheAssignmentAndSeesTheQualityBesideTheBound() {
        signIn(office);
        SeatingView view = navigate(SeatingView.class);
        view.runSlowWork(Background.NOW);
        view.summitSelect().setValue(summit(view));

        test(find(Button.class).withText("Run assignment").single()).click();

        assertThat(find(Span.class).withId("seating-first-choices").single().getText())
                .isEqualTo("First choices met: 50% (1 of 2); the most any seating can reach is 50%.");
        assertThat(find(Span.class).withId("seating-any-choice").single().getText())
                .isEqualTo("Seated at one of their choices: 100% (2 of 2); the most any seating can reach is 100%.");
        assertThat(context.getBean(Seating.class).preferences(Actor.of(office), fatima).seatRoundtableId()).isNotNull();
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void theChairOfficeMovesADelegateByHandThenUnseatsThem() {
        signIn(office);
        SeatingView view = navigate(SeatingView.class);
        view.summitSelect().setValue(summit(view));
        Grid<SeatView> atRecruitment = find(Grid.class).withId("seat-grid-" + recruitment.id()).single();
        long moved = test(atRecruitment).getRow(0).registrationId();

        Select<SeatingPlan.Table> moveTo = (Select<SeatingPlan.Table>) test(atRecruitment).getCellComponent(0, 5);
        moveTo.setValue(moveTo.getListDataView().getItems().filter(t -> t.roundtableId() == skills.id()).findFirst().orElseThrow());

        assertThat(find(Grid.class).withId("seat-grid-" + recruitment.id()).all()).isEmpty();
        Grid<SeatView> atSkills = find(Grid.class).withId("seat-grid-" + skills.id()).single();
        assertThat(test(atSkills).size()).isEqualTo(2);
        assertThat(context.getBean(Seating.class).preferences(Actor.of(office), moved).seatRoundtableId()).isEqualTo(skills.id());

        Button unseat = (Button) test(atSkills).getCellComponent(0, 6);
        assertThat(unseat.getText()).isEqualTo("Unseat");
        test(unseat).click();

        assertThat(test(find(Grid.class).withId("seat-grid-" + skills.id()).single()).size()).isEqualTo(1);
        assertThat(context.getBean(Seating.class).plan(Actor.of(office), summitId).unseated()).hasSize(1);
    }

    @Test
    @Order(4)
    void someoneWithNoRegistrationIsToldWhyThereIsNothingToChoose() {
        signIn(Fixtures.user(context, "seating-nobody@example.org", "Nobody", "nobody-secret", RoleGrant.of(Role.ATTENDEE)));
        navigate(MyRoundtablesView.class);

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("You are not registered at a summit"));
    }

    @Test
    @Order(5)
    void theDelegateFindsTheBackgroundPapersTheyMayReadBesideTheirChoices() {
        UserView delegate = context.getBean(UserManagement.class).findByEmail("seating-fatima@example.org").orElseThrow();
        assertThat(delegate.grants()).contains(new RoleGrant(Role.ATTENDEE, String.valueOf(summitId)));
        signIn(delegate);
        MyRoundtablesView view = navigate(MyRoundtablesView.class);
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());
        assertThat(find(Anchor.class).all()).isEmpty();

        context.getBean(Roundtables.class).uploadPaper(recruitment.id(), "ورقة خلفية.pdf", pdf(), office.id());
        // The same route keeps its view: choosing the summit again reads the roundtables again.
        view.summitSelect().clear();
        view.summitSelect().setValue(view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow());

        assertThat(find(Anchor.class).all()).extracting(Anchor::getText).containsExactly("ورقة خلفية.pdf");
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            document.addNewPage();
        }
        return out.toByteArray();
    }

    private static SummitView summit(SeatingView view) {
        return view.summitSelect().getListDataView().getItems().filter(s -> s.id() == summitId).findFirst().orElseThrow();
    }
}
