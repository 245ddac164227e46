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

/** The chair office's extra registration questions over HTTP, answered with a nomination. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomFieldApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient mayors;
    private ApiClient business;
    private long summit;
    private long mayorsGroup;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("mayors@example.org", "Mayors lead", "mayors-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"))));
        users.create(new NewUser("biz@example.org", "Business lead", "business-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12,
                "Quito", "Centro de Convenciones", LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 5), null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        mayors = ApiClient.basic(app, "mayors@example.org", "mayors-secret");
        business = ApiClient.basic(app, "biz@example.org", "business-secret");
        mayorsGroup = parse(chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"MAYORS\", \"places\": 5}")).get("id").getLongValue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void questions_are_defined_by_the_chair_office_and_answered_with_the_nomination() {
        HttpResponse<String> visa = chair.post("/api/v1/summits/" + summit + "/custom-fields",
                "{\"label\": \"Visa letter\", \"type\": \"YES_NO\", \"required\": true}");
        assertThat(visa.statusCode()).as(visa.body()).isEqualTo(201);
        long visaId = parse(visa).get("id").getLongValue();
        HttpResponse<String> passport = chair.post("/api/v1/summits/" + summit + "/custom-fields",
                "{\"label\": \"Passport number\", \"type\": \"TEXT\", \"required\": true, \"shownWhenFieldId\": " + visaId
                        + ", \"shownWhenValue\": \"true\"}");
        long passportId = parse(passport).get("id").getLongValue();
        assertThat(business.post("/api/v1/summits/" + summit + "/custom-fields", "{\"label\": \"x\", \"type\": \"TEXT\"}").statusCode())
                .isEqualTo(403);
        assertThat(parse(mayors.get("/api/v1/summits/" + summit + "/custom-fields")).values()).hasSize(2);

        HttpResponse<String> missing = mayors.post("/api/v1/groups/" + mayorsGroup + "/registrations",
                person("alcalde@example.org", "\"customAnswers\": {\"" + visaId + "\": \"yes\"}"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("custom." + passportId).contains("validation.required");

        HttpResponse<String> nominated = mayors.post("/api/v1/groups/" + mayorsGroup + "/registrations",
                person("alcalde@example.org", "\"customAnswers\": {\"" + visaId + "\": \"yes\", \"" + passportId + "\": \"EC123\"}"));
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        long id = parse(nominated).get("id").getLongValue();
        JsonNode answers = parse(mayors.get("/api/v1/registrations/" + id + "/custom-answers"));
        assertThat(answers.get(String.valueOf(visaId)).getStringValue()).isEqualTo("true");
        assertThat(answers.get(String.valueOf(passportId)).getStringValue()).isEqualTo("EC123");

        HttpResponse<String> changed = mayors.put("/api/v1/registrations/" + id + "/custom-answers", "{\"" + visaId + "\": \"no\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(parse(changed).get(String.valueOf(passportId))).isNull();
        assertThat(business.get("/api/v1/registrations/" + id + "/custom-answers").statusCode()).isEqualTo(404);

        assertThat(chair.delete("/api/v1/custom-fields/" + visaId).statusCode()).isEqualTo(409);
        assertThat(chair.delete("/api/v1/custom-fields/" + passportId).statusCode()).isEqualTo(204);
        assertThat(chair.put("/api/v1/custom-fields/" + visaId, "{\"label\": \"Visa support letter\", \"type\": \"YES_NO\"}").statusCode())
                .isEqualTo(200);
        assertThat(parse(chair.get("/api/v1/summits/" + summit + "/custom-fields")).values())
                .singleElement().satisfies(f -> assertThat(f.get("label").getStringValue()).isEqualTo("Visa support letter"));
    }

    @Test
    void the_dashboard_figures_are_the_chair_offices_only() {
        HttpResponse<String> figures = chair.get("/api/v1/summits/" + summit + "/figures");
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        assertThat(parse(figures).get("groups").values()).singleElement()
                .satisfies(g -> assertThat(g.get("places").getIntValue()).isEqualTo(5));
        assertThat(parse(figures).get("byStatus").get("NOMINATED")).isNotNull();
        assertThat(mayors.get("/api/v1/summits/" + summit + "/figures").statusCode()).isEqualTo(403);
    }

    private static String person(String email, String extra) {
        return "{\"givenName\": \"Jorge\", \"familyName\": \"Yunda\", \"organisation\": \"Municipio de Quito\","
                + " \"nationality\": \"EC\", \"residence\": \"EC\", \"email\": \"" + email + "\", \"role\": \"DELEGATE\", " + extra + "}";
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
