package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.convene.app.TestApp;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The chairmanship API as outside scripts use it, over HTTP against the running app: the
 * create and troika contract, problem details, and who may do what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanshipApiTest {
    private static final String ADMIN = "chair@example.org";
    private static final String ADMIN_PASSWORD = "chair-office-secret";
    private TestApp app;
    private ApiClient chair;
    private JsonMapper json;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", ADMIN, "convene.admin.password", ADMIN_PASSWORD));
        chair = ApiClient.basic(app, ADMIN, ADMIN_PASSWORD);
        json = app.context().getBean(JsonMapper.class);
        app.context().getBean(UserManagement.class).create(new NewUser("attendee@example.org", "Attendee", "attendee-secret", "en",
                List.of(RoleGrant.of(Role.ATTENDEE))));
        // The real history, Sweden's 18-month term and the German-Moroccan co-chairmanship included.
        for (String body : List.of(
                "{\"chairs\": [\"SE\"], \"termStart\": \"2013-01-01\", \"termEnd\": \"2014-06-30\"}",
                "{\"chairs\": [\"TR\"], \"termStart\": \"2014-07-01\", \"termEnd\": \"2015-12-31\"}",
                "{\"chairs\": [\"BD\"], \"termStart\": \"2016-01-01\", \"termEnd\": \"2016-12-31\"}",
                "{\"chairs\": [\"EC\"], \"termStart\": \"2019-01-01\", \"termEnd\": \"2019-12-31\"}",
                "{\"chairs\": [\"AE\"], \"termStart\": \"2020-01-01\", \"termEnd\": \"2021-01-31\"}")) {
            assertThat(chair.post("/api/v1/chairmanships", body).statusCode()).isEqualTo(201);
        }
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void creating_a_co_chairmanship_answers_201_with_the_contract_fields() {
        HttpResponse<String> response = chair.post("/api/v1/chairmanships",
                "{\"chairs\": [\"DE\", \"MA\"], \"termStart\": \"2017-01-01\", \"termEnd\": \"2018-12-31\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode created = parse(response);
        assertThat(created.get("id").getLongValue()).isPositive();
        assertThat(texts(created.get("chairs"))).containsExactly("DE", "MA");
        assertThat(created.get("termStart").getStringValue()).isEqualTo("2017-01-01");
        assertThat(created.get("termEnd").getStringValue()).isEqualTo("2018-12-31");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/chairmanships/" + created.get("id").getLongValue());

        JsonNode troika = parse(chair.get("/api/v1/chairmanships/" + created.get("id").getLongValue() + "/troika"));
        assertThat(texts(troika.get("previous").get("chairs"))).containsExactly("BD");
        assertThat(texts(troika.get("current").get("chairs"))).containsExactly("DE", "MA");
        assertThat(texts(troika.get("next").get("chairs"))).containsExactly("EC");
    }

    @Test
    void the_first_chairmanship_has_no_previous_and_the_last_no_next_until_one_is_designated() {
        JsonNode sweden = chairmanshipStarting("2013-01-01");
        JsonNode troika = parse(chair.get("/api/v1/chairmanships/" + sweden.get("id").getLongValue() + "/troika"));
        assertThat(troika.get("previous").isNull()).isTrue();
        assertThat(texts(troika.get("next").get("chairs"))).containsExactly("TR");
        assertThat(troika.get("current").get("termEnd").getStringValue()).isEqualTo("2014-06-30");

        JsonNode uae = chairmanshipStarting("2020-01-01");
        String path = "/api/v1/chairmanships/" + uae.get("id").getLongValue() + "/troika";
        assertThat(parse(chair.get(path)).get("next").isNull()).isTrue();
        assertThat(chair.post("/api/v1/chairmanships", "{\"chairs\": [\"FR\"], \"termStart\": \"2022-01-01\", \"termEnd\": \"2023-12-31\"}")
                .statusCode()).isEqualTo(201);
        assertThat(texts(parse(chair.get(path)).get("next").get("chairs"))).containsExactly("FR");
    }

    @Test
    void an_overlapping_term_is_a_409_problem_naming_the_field() {
        HttpResponse<String> response = chair.post("/api/v1/chairmanships",
                "{\"chairs\": [\"PH\"], \"termStart\": \"2019-06-01\", \"termEnd\": \"2019-12-31\"}");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(parse(response).get("errors").get(0).get("field").getStringValue()).isEqualTo("termStart");
    }

    @Test
    void bad_fields_are_a_400_problem_listing_each_field() {
        HttpResponse<String> response = chair.post("/api/v1/chairmanships",
                "{\"chairs\": [\"XX\"], \"termStart\": \"2031-06-01\", \"termEnd\": \"2031-01-01\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = parse(response).get("errors");
        assertThat(fields(errors)).contains("chairs", "termEnd");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        HttpResponse<String> response = chair.post("/api/v1/chairmanships", "{\"chairs\": [\"FR\",");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(parse(response).get("status").getIntValue()).isEqualTo(400);
    }

    @Test
    void an_unknown_id_is_a_404_problem() {
        HttpResponse<String> response = chair.get("/api/v1/chairmanships/987654/troika");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(parse(response).get("detail").getStringValue()).contains("987654");
    }

    @Test
    void without_credentials_or_with_a_wrong_password_the_api_answers_401() {
        assertThat(ApiClient.anonymous(app).get("/api/v1/chairmanships").statusCode()).isEqualTo(401);
        assertThat(ApiClient.basic(app, ADMIN, "wrong-password!").get("/api/v1/chairmanships").statusCode()).isEqualTo(401);
    }

    @Test
    void an_attendee_reads_chairmanships_but_may_not_create_one() {
        ApiClient attendee = ApiClient.basic(app, "attendee@example.org", "attendee-secret");
        assertThat(attendee.get("/api/v1/chairmanships").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = attendee.post("/api/v1/chairmanships",
                "{\"chairs\": [\"NO\"], \"termStart\": \"2040-01-01\", \"termEnd\": \"2040-12-31\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(attendee.get("/api/v1/users").statusCode()).isEqualTo(403);
    }

    @Test
    void a_personal_token_authenticates_until_it_is_revoked() {
        HttpResponse<String> created = chair.post("/api/v1/me/tokens", "{\"name\": \"nightly export\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = parse(created);
        ApiClient script = ApiClient.bearer(app, token.get("token").getStringValue());
        assertThat(script.get("/api/v1/chairmanships").statusCode()).isEqualTo(200);
        assertThat(chair.delete("/api/v1/me/tokens/" + token.get("id").getLongValue()).statusCode()).isEqualTo(204);
        assertThat(script.get("/api/v1/chairmanships").statusCode()).isEqualTo(401);
        assertThat(ApiClient.bearer(app, "cvn_forged-token-value").get("/api/v1/chairmanships").statusCode()).isEqualTo(401);
    }

    @Test
    void health_and_the_openapi_document_are_open_to_anyone() {
        ApiClient anyone = ApiClient.anonymous(app);
        HttpResponse<String> health = anyone.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(parse(health).get("status").getStringValue()).isEqualTo("UP");
        HttpResponse<String> openApi = anyone.get("/api/v1/openapi.yml", "application/yaml");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/chairmanships/{id}/troika").contains("openapi:");
    }

    @Test
    void a_summit_title_in_arabic_survives_the_round_trip() {
        long uae = chairmanshipStarting("2020-01-01").get("id").getLongValue();
        String title = "القمة الثالثة عشرة للمنتدى العالمي";
        HttpResponse<String> created = chair.post("/api/v1/summits", "{\"chairmanshipId\": " + uae + ", \"title\": \"" + title
                + "\", \"city\": \"دبي\", \"venue\": \"Expo 2020\", \"startDate\": \"2021-01-18\", \"endDate\": \"2021-01-26\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = parse(created).get("id").getLongValue();
        assertThat(parse(chair.get("/api/v1/summits/" + id)).get("title").getStringValue()).isEqualTo(title);
    }

    @Test
    void a_summit_outside_its_chairmanship_term_is_a_400_naming_the_date() {
        long ecuador = chairmanshipStarting("2019-01-01").get("id").getLongValue();
        HttpResponse<String> response = chair.post("/api/v1/summits", "{\"chairmanshipId\": " + ecuador
                + ", \"title\": \"Quito\", \"city\": \"Quito\", \"venue\": \"Centro\", \"startDate\": \"2020-01-20\", \"endDate\": \"2020-01-24\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(fields(parse(response).get("errors"))).contains("startDate");
    }

    private JsonNode chairmanshipStarting(String start) {
        JsonNode all = parse(chair.get("/api/v1/chairmanships"));
        for (JsonNode c : all.values()) {
            if (c.get("termStart").getStringValue().equals(start)) {
                return c;
            }
        }
        throw new AssertionError("no chairmanship starts on " + start);
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.values().forEach(n -> out.add(n.getStringValue()));
        return out;
    }

    private static List<String> fields(JsonNode errors) {
        List<String> out = new java.util.ArrayList<>();
        errors.values().forEach(n -> out.add(n.get("field").getStringValue()));
        return out;
    }
}
