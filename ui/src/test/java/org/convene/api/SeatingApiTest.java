package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.app.TestApp;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.Invitations;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Seating over HTTP: delegates and their leads state choices, the chair office assigns and seats by hand, others are refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatingApiTest {
    private static final Actor OFFICE = new Actor(0, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient lead;
    private ApiClient otherLead;
    private ApiClient delegate;
    private long summit;
    private long small;
    private long large;
    private long hers;
    private long business;
    private DelegateRegistration registrations;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("lead@example.org", "CS lead", "civil-society-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        users.create(new NewUser("business@example.org", "Business lead", "business-lead-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        ChairmanshipManagement chairmanships = app.context().getBean(ChairmanshipManagement.class);
        SummitManagement summits = app.context().getBean(SummitManagement.class);
        SummitSetup setup = app.context().getBean(SummitSetup.class);
        long uae = chairmanships.create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        summit = summits.create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Expo 2020", LocalDate.of(2021, 1, 24),
                LocalDate.of(2021, 1, 26), null)).id();
        long theme = setup.addTheme(summit, new ThemeCommand("Labour mobility", null, null)).id();
        Roundtables roundtables = app.context().getBean(Roundtables.class);
        small = roundtables.create(summit, new RoundtableCommand(theme, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 1, List.of("PH"),
                List.of(), List.of())).id();
        large = roundtables.create(summit, new RoundtableCommand(theme, "Skills", RoundtableFormat.WORLD_CAFE, 20, List.of("DE"),
                List.of(), List.of())).id();
        StakeholderGroups groups = app.context().getBean(StakeholderGroups.class);
        long civil = groups.create(OFFICE, summit, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        business = groups.create(OFFICE, summit, new GroupCommand(GroupKind.BUSINESS, null, null, 10, Map.of())).id();
        registrations = app.context().getBean(DelegateRegistration.class);
        hers = approved(civil, "fatima@example.org", "فاطمة");
        // Approval made her attendee account; she sets its password from the invitation.
        Invitations invitations = app.context().getBean(Invitations.class);
        long fatima = users.findByEmail("fatima@example.org").orElseThrow().id();
        invitations.setPassword(invitations.resendInvitation(fatima).orElseThrow().token(), "attendee-secret-1");
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        lead = ApiClient.basic(app, "lead@example.org", "civil-society-secret");
        otherLead = ApiClient.basic(app, "business@example.org", "business-lead-secret");
        delegate = ApiClient.basic(app, "fatima@example.org", "attendee-secret-1");
    }

    private long approved(long group, String email, String name) {
        long id = registrations.nominate(OFFICE, group, new Person(name, "Al-Sayed", "Fatima", "Al-Sayed", "Network", null, "EG", "EG",
                Gender.FEMALE, email, DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(OFFICE, id);
        return id;
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theDelegateAndTheirLeadStateChoicesAndAnotherGroupsLeadSeesNothing() {
        HttpResponse<String> own = delegate.put("/api/v1/registrations/" + hers + "/roundtable-preferences",
                "{\"roundtableIds\": [" + small + ", " + large + "]}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        HttpResponse<String> read = lead.get("/api/v1/registrations/" + hers + "/roundtable-preferences");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(parse(read).get("roundtableIds").get(0).getLongValue()).isEqualTo(small);

        assertThat(otherLead.get("/api/v1/registrations/" + hers + "/roundtable-preferences").statusCode()).isEqualTo(404);
        HttpResponse<String> repeated = lead.put("/api/v1/registrations/" + hers + "/roundtable-preferences",
                "{\"roundtableIds\": [" + small + ", " + small + "]}");
        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(parse(repeated).get("errors").get(0).get("field").getStringValue()).isEqualTo("roundtableIds");
    }

    @Test
    void onlyTheChairOfficeAssignsSeatsAndSeesThePlan() {
        assertThat(lead.post("/api/v1/summits/" + summit + "/seating/assign", "{}").statusCode()).isEqualTo(403);
        assertThat(delegate.get("/api/v1/summits/" + summit + "/seating").statusCode()).isEqualTo(403);
        assertThat(lead.put("/api/v1/roundtables/" + large + "/seats/" + hers, "{}").statusCode()).isEqualTo(403);
        assertThat(lead.delete("/api/v1/registrations/" + hers + "/seat").statusCode()).isEqualTo(403);

        HttpResponse<String> assigned = chair.post("/api/v1/summits/" + summit + "/seating/assign", "{}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        HttpResponse<String> plan = chair.get("/api/v1/summits/" + summit + "/seating");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(parse(plan).get("tables").size()).isEqualTo(2);
        assertThat(chair.get("/api/v1/summits/" + summit + "/seating/quality").statusCode()).isEqualTo(200);
    }

    @Test
    void aSeatByHandAtAFullRoundtableAnswers409() {
        long first = approved(business, "first@example.org", "Ana");
        long second = approved(business, "second@example.org", "Li");
        chair.delete("/api/v1/registrations/" + hers + "/seat");
        HttpResponse<String> seated = chair.put("/api/v1/roundtables/" + small + "/seats/" + first, "{}");
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
        assertThat(parse(seated).get("manual").getBooleanValue()).isTrue();

        HttpResponse<String> full = chair.put("/api/v1/roundtables/" + small + "/seats/" + second, "{}");
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(full.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(chair.delete("/api/v1/registrations/" + first + "/seat").statusCode()).isEqualTo(204);
        assertThat(chair.put("/api/v1/roundtables/" + small + "/seats/" + second, "{}").statusCode()).isEqualTo(200);
        chair.delete("/api/v1/registrations/" + second + "/seat");
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
