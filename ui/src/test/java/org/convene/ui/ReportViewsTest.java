package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.Sql;
import org.convene.ui.base.Background;
import org.convene.ui.reports.RecollectionView;
import org.convene.ui.reports.SummitReportView;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.SummitOverviewView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chair office makes the summit report and sets the summit's language; the recollection searches across years. */
@ViewPackages(packages = "org.convene.ui")
class ReportViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView rapporteur;
    private static UserView lead;
    private static long marrakesh;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("report-office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        rapporteur = users.create(new NewUser("report-rapporteur@example.org", "Rapporteur", "rapporteur-secret", "en",
                List.of(new RoleGrant(Role.RAPPORTEUR, "1"))));
        lead = users.create(new NewUser("report-lead@example.org", "Lead", "lead-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        ChairmanshipManagement chairmanships = context.getBean(ChairmanshipManagement.class);
        SummitManagement summits = context.getBean(SummitManagement.class);
        SummitSetup setup = context.getBean(SummitSetup.class);
        Roundtables roundtables = context.getBean(Roundtables.class);
        Sql sql = new Sql(context.getBean(DataSource.class));
        long morocco = chairmanships.create(new ChairmanshipCommand(List.of("MA"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))).id();
        marrakesh = summits.create(new SummitCommand(morocco, "11th GFMD Summit", 11, "Marrakesh", "Palais des Congrès",
                LocalDate.of(2018, 12, 5), LocalDate.of(2018, 12, 7), null)).id();
        long ecuador = chairmanships.create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        long quito = summits.create(new SummitCommand(ecuador, "12th GFMD Summit", 12, "Quito", "Centro de Convenciones",
                LocalDate.of(2019, 1, 20), LocalDate.of(2019, 1, 22), null)).id();
        long t2018 = setup.addTheme(marrakesh, new ThemeCommand("Labour mobility", null, null)).id();
        long t2019 = setup.addTheme(quito, new ThemeCommand("Narratives", null, null)).id();
        publish(sql, roundtables.create(marrakesh, command(t2018, "Ethical recruitment")).id(), "Zero recruitment fees for workers.", "10.7");
        roundtables.create(marrakesh, command(t2018, "Skills"));
        publish(sql, roundtables.create(quito, command(t2019, "Narratives of recruitment")).id(), "Fair recruitment stories.", "10.2");
    }

    private static RoundtableCommand command(long theme, String title) {
        return new RoundtableCommand(theme, title, RoundtableFormat.ROUNDTABLE, 30, List.of("MA"), List.of(), List.of());
    }

    private static void publish(Sql sql, long roundtable, String text, String sdg) {
        sql.update("""
                INSERT INTO roundtable_outcome (roundtable_id, status, key_messages, key_messages_html, recommendations, recommendations_html,
                    practices, practices_html, sdg_targets, revision, updated_by, updated_at, published_at)
                VALUES (%d, 'PUBLISHED', '%s', '<p>%s</p>', '', '', '', '', '%s', 1, 1, NOW(), NOW())""".formatted(roundtable, text, text, sdg));
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_office_sees_what_goes_in_then_downloads_the_pdf_made_in_the_background() throws Exception {
        context.getBean(UserSession.class).signIn(office);
        SummitReportView view = navigate(SummitReportView.class);
        view.runSlowWork(Background.NOW);
        Select<org.convene.summit.SummitView> summit = find(Select.class).withId("summit-report-summit").single();
        test(summit).selectItem("11th GFMD Summit");

        assertThat(find(ListItem.class).all()).extracting(ListItem::getText).contains("Language: English", "Themes: 1",
                "Published roundtable outcomes: 1 of 2 roundtables", "Regional consultations with observations: 0", "Accredited participants: 0");
        test(find(Button.class).withText("Download the summit report (PDF)").single()).click();

        Anchor file = find(Anchor.class).withId("summit-report-file").single();
        assertThat(file.getText()).startsWith("The summit report is ready");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(file).download(pdf);
        assertThat(new String(pdf.toByteArray(), 0, 4)).isEqualTo("%PDF");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_summits_language_is_chosen_on_its_overview_page() {
        context.getBean(UserSession.class).signIn(office);
        navigate("summits/" + marrakesh, SummitOverviewView.class);
        Select<String> language = find(Select.class).withId("summit-language").single();
        test(language).selectItem("French");

        assertThat(context.getBean(SummitManagement.class).find(marrakesh).orElseThrow().language()).isEqualTo("fr");
        context.getBean(SummitManagement.class).setLanguage(marrakesh, "en");
    }

    @Test
    void the_recollection_groups_what_it_finds_by_year_and_explains_bad_sdgs_and_empty_results() {
        context.getBean(UserSession.class).signIn(rapporteur);
        navigate(RecollectionView.class);
        TextField words = find(TextField.class).withId("words").single();
        TextField sdg = find(TextField.class).withId("sdg").single();
        Div results = find(Div.class).withId("recollection-results").single();
        assertThat(results.getElement().getTextRecursively()).contains("Type words, an SDG or both, then search.");

        test(find(Button.class).withText("Search").single()).click();
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).isEqualTo("Type words or an SDG to search for.");

        words.setValue("RECRUITMENT");
        sdg.setValue("18");
        test(find(Button.class).withText("Search").single()).click();
        assertThat(sdg.isInvalid()).isTrue();
        assertThat(sdg.getErrorMessage()).isEqualTo("Type an SDG goal (1 to 17) or a target such as 10.7 or 10.c.");

        sdg.setValue("10");
        test(find(Button.class).withText("Search").single()).click();
        assertThat(find(H3.class).all()).extracting(H3::getText).containsExactly("2019", "2018");
        assertThat(results.getElement().getTextRecursively()).contains("2 found", "RT 1.1 Narratives of recruitment",
                "RT 1.1 Ethical recruitment", "Zero recruitment fees for workers.", "SDG targets: 10.7");

        sdg.setValue("16");
        test(find(Button.class).withText("Search").single()).click();
        assertThat(results.getElement().getTextRecursively()).contains("A search by SDG finds published roundtable outcomes only");
    }

    @Test
    void the_summit_report_is_the_chair_offices_and_the_recollection_not_a_leads() {
        context.getBean(UserSession.class).signIn(rapporteur);
        navigate("summit-report", AccessDeniedView.class);
        context.getBean(UserSession.class).signIn(lead);
        navigate("recollection", AccessDeniedView.class);
    }
}
