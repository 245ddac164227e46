package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.ui.dashboard.DashboardView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chair office's dashboard shows the seeded summit's figures, each linking to its list. */
@ViewPackages(packages = "org.convene.ui")
class DashboardViewTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView lead;
    private static long summitId;
    private static long mayorsId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "dash-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        lead = Fixtures.user(context, "dash-lead@example.org", "Mayors lead", "lead-secret", new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"));
        summitId = Fixtures.summit(context, "BD", "9th GFMD Summit", 9, "Dhaka", "BICC", LocalDate.of(2016, 12, 10), LocalDate.of(2016, 12, 12));
        Actor chair = Actor.of(office);
        mayorsId = Fixtures.group(context, office, summitId, GroupKind.MAYORS, 2);
        DelegateRegistration registrations = context.getBean(DelegateRegistration.class);
        long first = registrations.nominate(chair, mayorsId, person("m1@example.org", "BD", Gender.FEMALE)).id();
        registrations.nominate(chair, mayorsId, person("m2@example.org", "KE", Gender.MALE));
        registrations.nominate(chair, mayorsId, person("m3@example.org", "FR", null));
        registrations.approve(chair, first);
    }

    private static Person person(String email, String country, Gender gender) {
        return new Person("Nasrin", "Ahmed", null, null, "Dhaka North City Corporation", null, country, country, gender, email,
                DelegateRole.DELEGATE, null, null);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    void the_figures_of_the_summit_link_to_the_people_they_count() {
        context.getBean(UserSession.class).signIn(office);
        navigate(DashboardView.class);

        List<RouterLink> links = find(RouterLink.class).all();
        RouterLink pending = links.stream().filter(l -> l.getElement().getTextRecursively().contains("Approvals pending")).findFirst().orElseThrow();
        assertThat(pending.getElement().getTextRecursively()).startsWith("1");
        assertThat(pending.getHref()).isEqualTo("registrations?summit=" + summitId + "&status=NOMINATED");
        RouterLink waiting = links.stream().filter(l -> l.getElement().getTextRecursively().contains("On waiting lists")).findFirst().orElseThrow();
        assertThat(waiting.getElement().getTextRecursively()).startsWith("1");
        RouterLink group = links.stream().filter(l -> l.getText().equals("Mayors Mechanism")).findFirst().orElseThrow();
        assertThat(group.getHref()).isEqualTo("registrations?summit=" + summitId + "&group=" + mayorsId);
        // One participant so far (the approved one): region and gender charts, no check-ins yet.
        assertThat(find(Image.class).all()).extracting(Image::getAlt).map(a -> a.orElse(""))
                .containsExactlyInAnyOrder("Participants by region", "Participants by gender");
        RouterLink asia = find(RouterLink.class).all().stream().filter(l -> l.getText().equals("Asia: 1")).findFirst().orElseThrow();
        assertThat(asia.getHref()).startsWith("registrations?summit=" + summitId + "&").contains("participants=true", "region=142");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_figures_link_opens_the_list_filtered_as_it_says() {
        context.getBean(UserSession.class).signIn(office);
        com.vaadin.flow.component.UI.getCurrent().navigate("registrations",
                com.vaadin.flow.router.QueryParameters.simple(Map.of("summit", String.valueOf(summitId), "status", "WAITING_LIST",
                        "group", String.valueOf(mayorsId))));

        com.vaadin.flow.component.grid.Grid<org.convene.delegations.RegistrationView> grid =
                find(com.vaadin.flow.component.grid.Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).person().email()).isEqualTo("m3@example.org");
        assertThat(((com.vaadin.flow.component.select.Select<org.convene.delegations.RegistrationStatus>)
                find(com.vaadin.flow.component.select.Select.class).withId("filter-status").single()).getValue())
                .isEqualTo(org.convene.delegations.RegistrationStatus.WAITING_LIST);
        assertThat(((com.vaadin.flow.component.select.Select<org.convene.delegations.GroupView>)
                find(com.vaadin.flow.component.select.Select.class).withId("filter-group").single()).getValue().id()).isEqualTo(mayorsId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_region_figure_opens_its_participants_and_the_narrowing_can_be_dropped() {
        context.getBean(UserSession.class).signIn(office);
        com.vaadin.flow.component.UI.getCurrent().navigate("registrations", com.vaadin.flow.router.QueryParameters.simple(
                Map.of("summit", String.valueOf(summitId), "participants", "true", "region", "142")));

        com.vaadin.flow.component.grid.Grid<org.convene.delegations.RegistrationView> grid =
                find(com.vaadin.flow.component.grid.Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).person().email()).isEqualTo("m1@example.org");
        assertThat(find(com.vaadin.flow.component.html.Span.class).withId("filter-extra").single().getText())
                .isEqualTo("Also: Participants · Asia");

        test(find(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> b.getAriaLabel().filter("Drop these filters"::equals).isPresent()).findFirst().orElseThrow()).click();
        assertThat(test(grid).size()).isEqualTo(3);
    }

    @Test
    void a_mechanism_lead_may_not_open_the_dashboard() {
        context.getBean(UserSession.class).signIn(lead);
        navigate("dashboard", AccessDeniedView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("No access");
    }
}
