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

/** Export and erasure over HTTP: the chair office only, a summit only after its retention date. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient civilSociety;
    private long chairmanship;
    private long civilGroup;
    private long summit;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        app.context().getBean(UserManagement.class).create(new NewUser("cs@example.org", "CS lead", "civil-society-secret", "en",
                List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12,
                "Quito", "Centro de Convenciones", LocalDate.of(2019, 1, 20), LocalDate.of(2019, 1, 24), null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        civilSociety = ApiClient.basic(app, "cs@example.org", "civil-society-secret");
        HttpResponse<String> group = chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"CIVIL_SOCIETY\", \"places\": 10}");
        civilGroup = parse(group).get("id").getLongValue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_chair_office_downloads_a_persons_data_and_erases_it() {
        long id = nominate("maria@example.org", "María", "Santos");

        HttpResponse<String> export = chair.get("/api/v1/registrations/" + id + "/personal-data");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"registration-" + id + "-personal-data.json\"");
        JsonNode data = parse(export);
        assertThat(data.get("person").get("givenName").getStringValue()).isEqualTo("María");
        assertThat(data.get("person").get("email").getStringValue()).isEqualTo("maria@example.org");
        assertThat(data.get("group").get("kind").getStringValue()).isEqualTo("CIVIL_SOCIETY");
        assertThat(data.get("history").values()).hasSize(1);

        HttpResponse<String> erased = chair.post("/api/v1/registrations/" + id + "/erasure", "{}");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(parse(erased).get("registrations").getIntValue()).isEqualTo(1);
        String after = chair.get("/api/v1/registrations/" + id + "/personal-data").body();
        assertThat(after).doesNotContain("María", "Santos", "maria@example.org", "Migrant Forum");
        assertThat(parse(chair.get("/api/v1/registrations/" + id + "/personal-data")).get("erasedAt")).isNotNull();
    }

    @Test
    void a_lead_may_neither_download_nor_erase_even_in_their_own_group() {
        long id = nominate("ana@example.org", "Ana", "Lopez");

        assertThat(civilSociety.get("/api/v1/registrations/" + id + "/personal-data").statusCode()).isEqualTo(403);
        assertThat(civilSociety.post("/api/v1/registrations/" + id + "/erasure", "{}").statusCode()).isEqualTo(403);
        assertThat(civilSociety.post("/api/v1/summits/" + summit + "/erasure", "{}").statusCode()).isEqualTo(403);
        assertThat(civilSociety.get("/api/v1/summits/" + summit + "/erasures").statusCode()).isEqualTo(403);
        assertThat(parse(chair.get("/api/v1/registrations/" + id)).get("person").get("givenName").getStringValue()).isEqualTo("Ana");
    }

    @Test
    void a_summit_is_erased_in_bulk_only_once_its_retention_date_has_passed() {
        long other = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "Thematic meeting", null,
                "Geneva", "Palais des Nations", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 2), null)).id();
        HttpResponse<String> refused = chair.post("/api/v1/summits/" + other + "/erasure", "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("erasure.retention.not-set");

        String summitJson = "{\"chairmanshipId\": " + chairmanship + ", \"title\": \"Thematic meeting\", \"city\": \"Geneva\","
                + " \"venue\": \"Palais des Nations\", \"startDate\": \"2019-03-01\", \"endDate\": \"2019-03-02\", \"retentionDate\": \"%s\"}";
        HttpResponse<String> future = chair.put("/api/v1/summits/" + other, summitJson.formatted(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1)));
        assertThat(future.statusCode()).as(future.body()).isEqualTo(200);
        assertThat(parse(future).get("retentionDate").getStringValue()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString());
        assertThat(chair.post("/api/v1/summits/" + other + "/erasure", "{}").body()).contains("erasure.retention.not-over");

        assertThat(chair.put("/api/v1/summits/" + other, summitJson.formatted("2019-04-30")).statusCode()).isEqualTo(200);
        HttpResponse<String> erased = chair.post("/api/v1/summits/" + other + "/erasure", "{}");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(parse(chair.get("/api/v1/summits/" + other + "/erasures")).values()).hasSize(1);
    }

    @Test
    void a_retention_date_before_the_summit_ends_is_refused() {
        String summitJson = "{\"chairmanshipId\": " + chairmanship + ", \"title\": \"Bad\", \"city\": \"Quito\", \"venue\": \"Hall\","
                + " \"startDate\": \"2019-05-01\", \"endDate\": \"2019-05-03\", \"retentionDate\": \"2019-05-02\"}";
        HttpResponse<String> refused = chair.post("/api/v1/summits", summitJson);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("retentionDate", "summit.retention.before-end");
    }

    private long nominate(String email, String given, String family) {
        HttpResponse<String> nominated = civilSociety.post("/api/v1/groups/" + civilGroup + "/registrations",
                "{\"givenName\": \"" + given + "\", \"familyName\": \"" + family + "\", \"organisation\": \"Migrant Forum\","
                        + " \"nationality\": \"EC\", \"residence\": \"EC\", \"email\": \"" + email + "\", \"role\": \"DELEGATE\"}");
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        return parse(nominated).get("id").getLongValue();
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
