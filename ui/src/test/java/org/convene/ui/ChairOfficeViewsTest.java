package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.UI;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.ChairmanshipListView;
import org.convene.ui.summit.SummitOverviewView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chair office's views without a browser: access, forms, refusals in place, languages. */
@ViewPackages(packages = "org.convene.ui")
class ChairOfficeViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView chairOffice;
    private static UserView attendee;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        chairOffice = users.create(new NewUser("office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        attendee = users.create(new NewUser("guest@example.org", "Guest", "guest-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private void signIn(UserView user) {
        context.getBean(UserSession.class).signIn(user);
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_form() {
        navigate("chairmanships", LoginView.class);
        assertThat(find(LoginForm.class).exists()).isTrue();
    }

    @Test
    void an_attendee_may_not_open_the_chairmanships() {
        signIn(attendee);
        navigate("chairmanships", AccessDeniedView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("No access");
    }

    @Test
    void the_chair_office_creates_a_chairmanship_through_the_form() {
        signIn(chairOffice);
        ChairmanshipListView view = navigate(ChairmanshipListView.class);
        test(find(Button.class).withText("New chairmanship").single()).click();
        find(MultiSelectComboBox.class).single().setValue(Set.of("PH"));
        List<DatePicker> dates = find(DatePicker.class).all();
        dates.get(0).setValue(LocalDate.of(2008, 1, 1));
        dates.get(1).setValue(LocalDate.of(2008, 12, 31));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(context.getBean(ChairmanshipManagement.class).list())
                .anyMatch(c -> c.chairs().equals(List.of("PH")) && c.termStart().equals(LocalDate.of(2008, 1, 1)));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        assertThat(view.isAttached()).isTrue();
    }

    @Test
    void an_overlapping_term_is_shown_next_to_the_start_date_and_nothing_is_saved() {
        ChairmanshipManagement chairmanships = context.getBean(ChairmanshipManagement.class);
        chairmanships.create(new ChairmanshipCommand(List.of("GR"), LocalDate.of(2009, 1, 1), LocalDate.of(2009, 12, 31)));
        int before = chairmanships.list().size();
        signIn(chairOffice);
        navigate(ChairmanshipListView.class);
        test(find(Button.class).withText("New chairmanship").single()).click();
        find(MultiSelectComboBox.class).single().setValue(Set.of("MX"));
        List<DatePicker> dates = find(DatePicker.class).all();
        dates.get(0).setValue(LocalDate.of(2009, 6, 1));
        dates.get(1).setValue(LocalDate.of(2010, 5, 31));
        test(find(Button.class).withText("Save").single()).click();

        assertThat(dates.get(0).isInvalid()).isTrue();
        assertThat(dates.get(0).getErrorMessage()).isEqualTo("This term overlaps another chairmanship's term.");
        assertThat(chairmanships.list()).hasSize(before);
    }

    @Test
    void the_summit_overview_shows_the_troika_in_french() {
        ChairmanshipManagement chairmanships = context.getBean(ChairmanshipManagement.class);
        chairmanships.create(new ChairmanshipCommand(List.of("CH"), LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31)));
        long mauritius = chairmanships.create(new ChairmanshipCommand(List.of("MU"), LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31))).id();
        SummitView summit = context.getBean(SummitManagement.class).create(new SummitCommand(mauritius, "Sommet de Maurice", 6,
                "Port-Louis", "Centre de conférences", LocalDate.of(2012, 11, 21), LocalDate.of(2012, 11, 22), null));
        signIn(chairOffice);
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("summits/" + summit.id(), SummitOverviewView.class);

        List<String> texts = find(Div.class).all().stream().map(Div::getText).toList();
        assertThat(texts).contains("Suisse", "Maurice");
        assertThat(find(H2.class).single().getText()).isEqualTo("Sommet de Maurice");
    }
}
