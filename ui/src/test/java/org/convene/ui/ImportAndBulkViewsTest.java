package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.convene.delegations.GroupView;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.RowProblem;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.ui.base.Background;
import org.convene.ui.delegations.ImportView;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import view for a lead (own group only) and the chair office (picks the group), the list's
 * filters, bulk decisions and export. Slow work runs at once here ({@link Background#NOW}).
 */
@ViewPackages(packages = "org.convene.ui")
class ImportAndBulkViewsTest extends BrowserlessTest {
    private static final String HEADER = String.join(",", BulkRegistration.COLUMNS);
    private static ApplicationContext context;
    private static UserView office;
    private static UserView mayorsLead;
    private static UserView desk;
    private static long summitId;
    private static long mayors;
    private static long business;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        mayorsLead = users.create(new NewUser("mayors@example.org", "Mayors lead", "mayors-secret", "en",
                List.of(new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"))));
        desk = users.create(new NewUser("desk@example.org", "Desk", "desk-secret", "en", List.of(RoleGrant.of(Role.CHECK_IN))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        summitId = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12, "Quito",
                "Centro de Convenciones", LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 5), null)).id();
        StakeholderGroups groups = context.getBean(StakeholderGroups.class);
        mayors = groups.create(Actor.of(office), summitId, new GroupCommand(GroupKind.MAYORS, null, null, 10, Map.of())).id();
        business = groups.create(Actor.of(office), summitId, new GroupCommand(GroupKind.BUSINESS, null, null, 10, Map.of())).id();
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private void signIn(UserView user) {
        context.getBean(UserSession.class).signIn(user);
        // Signing in reloads the page in a browser; here a detour makes Vaadin build the views anew.
        navigate(org.convene.ui.identity.AccountView.class);
    }

    private static String row(String email, String given, String nationality) {
        return String.join(",", email, given, "Rivera", "", "", "Ciudad de Quito", "", nationality, "EC", "", "DELEGATE", "", "");
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<RegistrationView> all() {
        return context.getBean(DelegateRegistration.class).list(Actor.of(office), summitId, RegistrationFilter.all());
    }

    @Test
    void a_lead_uploads_a_file_with_a_bad_row_sees_the_report_then_confirms_the_fixed_file() {
        signIn(mayorsLead);
        ImportView view = navigate(ImportView.class);
        view.runSlowWork(Background.NOW);
        @SuppressWarnings("unchecked")
        Select<GroupView> group = find(Select.class).withId("import-group").single();
        assertThat(group.getListDataView().getItems().map(GroupView::id)).containsExactly(mayors);
        assertThat(group.getValue().id()).isEqualTo(mayors);

        test(find(Upload.class).single()).upload("delegates.csv", "text/csv", csv(row("ana@example.org", "Ana", "EC"), row("luis@example.org", "Luis", "XX")));

        assertThat(find(Paragraph.class).withId("import-summary").single().getText()).isEqualTo("1 rows ready, 1 with problems, 0 already registered. "
                + "Fix the rows listed below in your file and upload it again.");
        @SuppressWarnings("unchecked")
        Grid<RowProblem> report = find(Grid.class).single();
        assertThat(test(report).size()).isEqualTo(1);
        assertThat(test(report).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(report).getCellText(0, 1)).isEqualTo("Nationality");
        assertThat(test(report).getCellText(0, 2)).isEqualTo("Not a known country code (two letters, e.g. DE).");
        assertThat(find(Button.class).withText("Confirm the import").single().isEnabled()).isFalse();

        test(find(Upload.class).single()).upload("delegates.csv", "text/csv", csv(row("ana@example.org", "Ana", "EC"), row("luis@example.org", "Luis", "EC")));
        assertThat(find(Button.class).withText("Confirm the import").single().isEnabled()).isTrue();
        test(find(Button.class).withText("Confirm the import").single()).click();

        assertThat(find(Paragraph.class).withId("import-result").single().getText()).isEqualTo("Done: 2 nominated, 0 on the waiting list, 0 already registered and skipped.");
        assertThat(all()).extracting(r -> r.person().email()).containsExactly("ana@example.org", "luis@example.org");
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_file_that_is_not_a_workbook_is_refused_as_a_whole_in_the_users_words() {
        signIn(mayorsLead);
        ImportView view = navigate(ImportView.class);
        view.runSlowWork(Background.NOW);

        test(find(Upload.class).single()).upload("delegates.xlsx", "application/octet-stream", "not a zip".getBytes(StandardCharsets.UTF_8));

        assertThat(find(Paragraph.class).withId("import-summary").single().getText()).isEqualTo("The file cannot be read; see below.");
        assertThat(test((Grid<RowProblem>) find(Grid.class).single()).getCellText(0, 1)).isEqualTo("Whole file");
        assertThat(test((Grid<RowProblem>) find(Grid.class).single()).getCellText(0, 2)).startsWith("The file is not an Excel workbook");
        assertThat(find(Button.class).withText("Confirm the import").single().isEnabled()).isFalse();
    }

    @Test
    void a_lead_is_offered_neither_another_group_nor_bulk_decisions() {
        signIn(mayorsLead);
        RegistrationListView list = navigate(RegistrationListView.class);
        @SuppressWarnings("unchecked")
        Select<GroupView> filter = find(Select.class).withId("filter-group").single();
        assertThat(filter.getListDataView().getItems().map(GroupView::id)).containsExactly(mayors);
        // Hidden with the bar that holds them (the query may skip hidden components, which is as good).
        assertThat(find(Button.class).withId("approve-selected").all())
                .allSatisfy(b -> assertThat(b.getParent().orElseThrow().isVisible()).isFalse());
        // The grid may be hidden while the group is empty: look it up in the view's tree.
        assertThat(descendants(list).filter(Grid.class::isInstance).map(g -> ((Grid<?>) g).getSelectionModel()))
                .singleElement().isNotInstanceOf(com.vaadin.flow.component.grid.GridMultiSelectionModel.class);

        navigate(ImportView.class);
        @SuppressWarnings("unchecked")
        Select<GroupView> target = find(Select.class).withId("import-group").single();
        assertThat(target.getListDataView().getItems().map(GroupView::id)).containsExactly(mayors);
    }

    @Test
    void the_check_in_desk_may_not_open_the_import() {
        signIn(desk);
        navigate("registrations/import", AccessDeniedView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("No access");
    }

    @Test
    void the_chair_office_filters_approves_a_selection_rejects_another_and_exports_neutralised_text() throws Exception {
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        Actor chair = Actor.of(office);
        long a = registrations.nominate(chair, business, person("bulk-a@example.org", "=HYPERLINK(\"http://evil\",\"x\")")).id();
        long b = registrations.nominate(chair, business, person("bulk-b@example.org", "Bea")).id();
        long c = registrations.nominate(chair, business, person("bulk-c@example.org", "Carl")).id();
        signIn(office);
        RegistrationListView view = navigate(RegistrationListView.class);
        @SuppressWarnings("unchecked")
        Select<GroupView> group = find(Select.class).withId("filter-group").single();
        group.setValue(group.getListDataView().getItems().filter(g -> g.id() == business).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<RegistrationView> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(find(Span.class).withId("registration-counts").single().getText()).startsWith("3 shown").contains("Nominated: 3");

        grid.select(grid.getListDataView().getItem(0));
        grid.select(grid.getListDataView().getItem(1));
        test(find(Button.class).withId("approve-selected").single()).click();
        assertThat(registrations.find(chair, a).status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(registrations.find(chair, b).status()).isEqualTo(RegistrationStatus.APPROVED);

        grid.select(grid.getListDataView().getItems().filter(r -> r.id() == c).findFirst().orElseThrow());
        test(find(Button.class).withId("reject-selected").single()).click();
        find(TextArea.class).withId("bulk-reason").single().setValue("Not accredited this year");
        test(find(Button.class).withText("Reject").last()).click();
        assertThat(registrations.find(chair, c).status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(find(Span.class).withId("registration-counts").single().getText()).contains("Approved: 2").contains("Rejected: 1");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(find(Anchor.class).withId("export-csv").single()).download(out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFF").contains("'=HYPERLINK(").doesNotContain(",\"=HYPERLINK");
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(ImportAndBulkViewsTest::descendants));
    }

    private static org.convene.delegations.Person person(String email, String given) {
        return new org.convene.delegations.Person(given, "Rivera", null, null, "Quito", null, "EC", "EC", null, email,
                org.convene.delegations.DelegateRole.DELEGATE, null, null);
    }
}
