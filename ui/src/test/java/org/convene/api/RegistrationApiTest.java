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
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Registration over HTTP, scoped by role and group like the UI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient civilSociety;
    private ApiClient business;
    private long civilGroup;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("cs@example.org", "CS lead", "civil-society-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        users.create(new NewUser("biz@example.org", "Business lead", "business-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        long summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "13th GFMD Summit", 13,
                "Dubai", "Expo 2020", LocalDate.of(2021, 1, 18), LocalDate.of(2021, 1, 26), null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        civilSociety = ApiClient.basic(app, "cs@example.org", "civil-society-secret");
        business = ApiClient.basic(app, "biz@example.org", "business-secret");
        HttpResponse<String> group = chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"CIVIL_SOCIETY\", \"places\": 1}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        civilGroup = parse(group).get("id").getLongValue();
        assertThat(chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"BUSINESS\", \"places\": 5}").statusCode()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String person(String email, String given, String family) {
        return "{\"givenName\": \"" + given + "\", \"familyName\": \"" + family + "\", \"organisation\": \"Migrant Forum in Asia\","
                + " \"nationality\": \"PH\", \"residence\": \"PH\", \"email\": \"" + email + "\", \"role\": \"DELEGATE\"}";
    }

    @Test
    void a_lead_nominates_in_their_group_and_the_chair_office_approves_with_history() {
        HttpResponse<String> nominated = civilSociety.post("/api/v1/groups/" + civilGroup + "/registrations",
                person("maria@example.org", "Maria", "Santos"));
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        long id = parse(nominated).get("id").getLongValue();
        assertThat(parse(nominated).get("status").getStringValue()).isEqualTo("NOMINATED");

        HttpResponse<String> approved = chair.post("/api/v1/registrations/" + id + "/approve", "{}");
        assertThat(parse(approved).get("status").getStringValue()).isEqualTo("APPROVED");
        assertThat(parse(chair.get("/api/v1/registrations/" + id + "/history")).values()).hasSize(2);

        HttpResponse<String> queued = civilSociety.post("/api/v1/groups/" + civilGroup + "/registrations",
                person("juan@example.org", "Juan", "Cruz"));
        assertThat(parse(queued).get("status").getStringValue()).isEqualTo("WAITING_LIST");
        assertThat(parse(queued).get("waitlistPosition").getIntValue()).isEqualTo(1);

        // Another mechanism's lead neither sees nor changes these people.
        assertThat(business.get("/api/v1/registrations/" + id).statusCode()).isEqualTo(404);
        assertThat(business.post("/api/v1/groups/" + civilGroup + "/registrations", person("x@example.org", "X", "Y")).statusCode())
                .isEqualTo(403);
        assertThat(business.post("/api/v1/registrations/" + id + "/approve", "{}").statusCode()).isIn(403, 404);
        assertThat(civilSociety.post("/api/v1/registrations/" + id + "/approve", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void a_bad_person_is_a_400_naming_every_field() {
        HttpResponse<String> response = civilSociety.post("/api/v1/groups/" + civilGroup + "/registrations",
                "{\"givenName\": \"\", \"email\": \"not-an-address\", \"nationality\": \"XX\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        parse(response).get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        assertThat(fields).contains("givenName", "email", "nationality");
    }

    @Test
    void the_chair_office_prints_an_approved_badge_and_the_desk_checks_in_by_its_token() {
        app.context().getBean(UserManagement.class).create(new NewUser("desk@example.org", "Desk", "check-in-secret", "en",
                List.of(RoleGrant.of(Role.CHECK_IN))));
        ApiClient desk = ApiClient.basic(app, "desk@example.org", "check-in-secret");
        long summit = parse(chair.get("/api/v1/groups/" + civilGroup)).get("summitId").getLongValue();
        HttpResponse<String> observers = chair.post("/api/v1/summits/" + summit + "/groups",
                "{\"kind\": \"OBSERVER\", \"name\": \"IOM\", \"places\": 3}");
        long observerGroup = parse(observers).get("id").getLongValue();
        HttpResponse<String> nominated = chair.post("/api/v1/groups/" + observerGroup + "/registrations",
                "{\"givenName\": \"明\", \"familyName\": \"李\", \"latinGivenName\": \"Ming\", \"latinFamilyName\": \"Li\","
                        + " \"organisation\": \"IOM\", \"nationality\": \"CN\", \"residence\": \"CH\", \"email\": \"li@example.org\","
                        + " \"role\": \"DELEGATE\"}");
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        long id = parse(nominated).get("id").getLongValue();
        chair.post("/api/v1/registrations/" + id + "/approve", "{}");
        HttpResponse<String> pdf = chair.get("/api/v1/registrations/" + id + "/badge.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(civilSociety.get("/api/v1/registrations/" + id + "/badge.pdf", "application/pdf").statusCode()).isIn(403, 404);

        String token = app.context().getBean(org.convene.documents.BadgeTokens.class).issue(id);
        HttpResponse<String> checkedIn = desk.post("/api/v1/check-in", "{\"token\": \"" + token + "\"}");
        assertThat(parse(checkedIn).get("status").getStringValue()).isEqualTo("CHECKED_IN");
        assertThat(desk.post("/api/v1/check-in", "{\"token\": \"forged\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void without_credentials_nothing_is_shown() {
        assertThat(ApiClient.anonymous(app).get("/api/v1/groups/" + civilGroup).statusCode()).isEqualTo(401);
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
