package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;

/**
 * The Platform for Partnerships' contract, as an outside script uses it: the chair office imports the
 * sample file (and again, adding nothing), anyone filters by goal, target, words and place.
 * The tests run in order: the first imports the sample the others read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PracticeApiTest {
    private static final String HEADER = "sdg_targets,name,period,location,aim,partners,source\n";
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient lead;
    private ApiClient anonymous;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        app.context().getBean(UserManagement.class).create(new NewUser("lead@example.org", "CS lead", "civil-society-secret", "en",
                List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        lead = ApiClient.basic(app, "lead@example.org", "civil-society-secret");
        anonymous = ApiClient.anonymous(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static byte[] sample() {
        try (InputStream in = PracticeApiTest.class.getResourceAsStream("/org/convene/app/demo/practices-sample.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> upload(ApiClient client, String csv) {
        return client.postFile("/api/v1/practices/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").values().forEach(i -> names.add(i.get("name").getStringValue()));
        return names;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.entries().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    @Test
    @Order(1)
    void the_chair_office_imports_the_sample_and_a_second_import_adds_nothing() {
        HttpResponse<String> first = chair.postFile("/api/v1/practices/import", "text/csv", sample());
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode body = read(first);
        assertThat(keys(body)).containsExactly("imported", "errors");
        assertThat(body.get("imported").getIntValue()).isEqualTo(6);
        assertThat(body.get("errors").size()).isZero();

        JsonNode again = read(chair.postFile("/api/v1/practices/import", "text/csv; charset=utf-8", sample()));
        assertThat(again.get("imported").getIntValue()).isZero();
        assertThat(again.get("errors").size()).isZero();
        assertThat(read(anonymous.get("/api/v1/practices")).get("total").getLongValue()).isEqualTo(6);
    }

    @Test
    @Order(2)
    void anyone_filters_by_goal_or_target_words_and_place() {
        JsonNode goal = read(anonymous.get("/api/v1/practices?sdg=10"));
        assertThat(goal.get("total").getLongValue()).isEqualTo(4);
        assertThat(names(goal)).containsExactly("GCM National Implementation Plan", "Municipal Council of Immigrants", "Remit Hydro",
                "Skilled Workers Immigration Law");
        JsonNode target = read(anonymous.get("/api/v1/practices?sdg=10.7"));
        assertThat(target.get("total").getLongValue()).isEqualTo(2);
        assertThat(names(target)).containsExactly("GCM National Implementation Plan", "Skilled Workers Immigration Law");
        JsonNode first = target.get("items").get(0);
        assertThat(first.get("sdgText").getStringValue()).isEqualTo("8.7 & 8.8, 10.7");
        assertThat(first.get("sdgTargets").values()).extracting(JsonNode::getStringValue).containsExactly("8.7", "8.8", "10.7");
        assertThat(first.get("countryCode").getStringValue()).isEqualTo("PT");

        assertThat(names(read(anonymous.get("/api/v1/practices?sdg=10&q=" + enc("remittances"))))).containsExactly("Remit Hydro");
        assertThat(names(read(anonymous.get("/api/v1/practices?sdg=11&location=" + enc("Chile"))))).containsExactly("Migra Empresas");
        assertThat(names(read(anonymous.get("/api/v1/practices?location=" + enc("Brésil"))))).containsExactly("Municipal Council of Immigrants");
        assertThat(names(read(anonymous.get("/api/v1/practices?sdg=" + enc("SDG 10.c"))))).containsExactly("Remit Hydro");
        assertThat(names(read(anonymous.get("/api/v1/practices?region=150")))).containsExactly("GCM National Implementation Plan",
                "Skilled Workers Immigration Law");
        assertThat(names(read(anonymous.get("/api/v1/practices?sdg=11&region=019")))).containsExactly("Migra Empresas",
                "Municipal Council of Immigrants");
        assertThat(anonymous.get("/api/v1/practices?region=Europe").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void the_list_is_paged() {
        JsonNode second = read(anonymous.get("/api/v1/practices?page=2&size=4"));
        assertThat(second.get("total").getLongValue()).isEqualTo(6);
        assertThat(second.get("page").getIntValue()).isEqualTo(2);
        assertThat(names(second)).containsExactly("Skilled Workers Immigration Law", "Territorial Migration Data Profile");
        assertThat(read(anonymous.get("/api/v1/practices?page=3&size=4")).get("items").size()).isZero();

        HttpResponse<String> tooBig = anonymous.get("/api/v1/practices?size=1000");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(read(tooBig).get("errors").get(0).get("field").getStringValue()).isEqualTo("size");
    }

    @Test
    @Order(4)
    void a_bad_sdg_filter_answers_400_naming_the_field() {
        for (String bad : List.of("18", "ten", "10.7,8.8")) {
            HttpResponse<String> response = anonymous.get("/api/v1/practices?sdg=" + enc(bad));
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode error = read(response).get("errors").get(0);
            assertThat(error.get("field").getStringValue()).isEqualTo("sdg");
            assertThat(error.get("code").getStringValue()).isEqualTo("sdg.invalid");
        }
    }

    @Test
    @Order(5)
    void bad_rows_are_reported_with_their_row_and_the_good_ones_imported() {
        HttpResponse<String> response = upload(chair, HEADER
                + "10.7,Seasonal workers scheme,2021,\"Kerala, India\",\"An aim\nover two lines\",,Submission\n"
                + "18.2,Goal eighteen,,Nepal,aim,,\n"
                + "ten,Words for goals,,Nepal,aim,,\n"
                + "11,Circular mobility pilot,,Morocco,aim,,\n");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = read(response);
        assertThat(body.get("imported").getIntValue()).isEqualTo(2);
        List<JsonNode> errors = new ArrayList<>();
        body.get("errors").values().forEach(errors::add);
        assertThat(errors).extracting(e -> e.get("row").getIntValue()).containsExactly(3, 4);
        assertThat(keys(errors.getFirst())).containsExactly("row", "message");
        assertThat(errors.get(0).get("message").getStringValue()).isEqualTo("sdg_targets: '18.2' is not an SDG (1 to 17) or a target such as 10.7 or 10.c");
        assertThat(errors.get(1).get("message").getStringValue()).startsWith("sdg_targets: 'ten' is not an SDG");
        assertThat(names(read(anonymous.get("/api/v1/practices?q=" + enc("seasonal"))))).containsExactly("Seasonal workers scheme");
    }

    @Test
    @Order(6)
    void an_unclosed_quote_and_a_wrong_header_are_reported_clearly() {
        JsonNode unclosed = read(upload(chair, HEADER + "10.7,Quoted,,Nepal,\"never closed,,\n11,After,,Nepal,aim,,\n"));
        assertThat(unclosed.get("imported").getIntValue()).isZero();
        assertThat(unclosed.get("errors").get(0).get("row").getIntValue()).isEqualTo(2);
        assertThat(unclosed.get("errors").get(0).get("message").getStringValue()).contains("never closed");

        JsonNode header = read(upload(chair, "targets,name\n10.7,Something\n"));
        assertThat(header.get("imported").getIntValue()).isZero();
        assertThat(header.get("errors").get(0).get("row").getIntValue()).isEqualTo(1);
        assertThat(header.get("errors").get(0).get("message").getStringValue())
                .contains("sdg_targets,name,period,location,aim,partners,source");
    }

    @Test
    @Order(7)
    void only_the_chair_office_imports() {
        assertThat(upload(lead, HEADER + "10.7,By a lead,,Nepal,aim,,\n").statusCode()).isEqualTo(403);
        assertThat(upload(anonymous, HEADER + "10.7,By anyone,,Nepal,aim,,\n").statusCode()).isEqualTo(401);
        assertThat(lead.post("/api/v1/practices", "{\"name\": \"x\", \"sdgTargets\": \"10\"}").statusCode()).isEqualTo(403);
        assertThat(read(anonymous.get("/api/v1/practices?q=" + enc("anyone"))).get("total").getLongValue()).isZero();
    }

    @Test
    @Order(8)
    void the_chair_office_creates_edits_and_deletes_a_practice() {
        HttpResponse<String> created = chair.post("/api/v1/practices",
                "{\"name\": \"Programme de parrainage\", \"sdgTargets\": \"10.7 et 8.8\", \"location\": \"Montréal, Canada\","
                        + " \"link\": \"https://example.org/parrainage\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = read(created).get("id").getLongValue();
        assertThat(read(anonymous.get("/api/v1/practices/" + id)).get("countryCode").getStringValue()).isEqualTo("CA");

        HttpResponse<String> duplicate = chair.post("/api/v1/practices", "{\"name\": \"programme  de parrainage\", \"sdgTargets\": \"1\","
                + " \"location\": \"Montreal, Canada\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);

        HttpResponse<String> bad = chair.put("/api/v1/practices/" + id, "{\"name\": \"Programme\", \"sdgTargets\": \"18.2\", \"link\": \"ftp://x\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"sdgTargets\"").contains("\"field\":\"link\"");

        assertThat(chair.delete("/api/v1/practices/" + id).statusCode()).isEqualTo(204);
        assertThat(anonymous.get("/api/v1/practices/" + id).statusCode()).isEqualTo(404);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
