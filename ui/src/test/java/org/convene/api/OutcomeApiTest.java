package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.app.TestApp;
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
import org.convene.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Outcomes over HTTP: each role does its step and nothing more; flags, scripts and bad SDG targets are refused clearly. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient rahul;
    private ApiClient sofia;
    private ApiClient morocco;
    private ApiClient attendee;
    private ApiClient anonymous;
    private long summit;
    private long theme;
    private long rahulId;
    private long sofiaId;
    private Sql sql;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        sql = new Sql(app.context().getBean(DataSource.class));
        UserManagement users = app.context().getBean(UserManagement.class);
        rahulId = users.create(new NewUser("rahul@example.org", "Rahul", "rapporteur-secret-1", "en", List.of(RoleGrant.of(Role.RAPPORTEUR)))).id();
        sofiaId = users.create(new NewUser("sofia@example.org", "Sofía", "rapporteur-secret-2", "en", List.of(RoleGrant.of(Role.RAPPORTEUR)))).id();
        users.create(new NewUser("ma@example.org", "Nadia", "focal-point-secret", "en", List.of(new RoleGrant(Role.FOCAL_POINT, "MA"))));
        long uae = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Expo 2020",
                LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26), null)).id();
        theme = app.context().getBean(SummitSetup.class).addTheme(summit, new ThemeCommand("Labour mobility", null, null)).id();
        users.create(new NewUser("li@example.org", "李明", "attendee-secret", "en", List.of(new RoleGrant(Role.ATTENDEE, Long.toString(summit)))));
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        rahul = ApiClient.basic(app, "rahul@example.org", "rapporteur-secret-1");
        sofia = ApiClient.basic(app, "sofia@example.org", "rapporteur-secret-2");
        morocco = ApiClient.basic(app, "ma@example.org", "focal-point-secret");
        attendee = ApiClient.basic(app, "li@example.org", "attendee-secret");
        anonymous = ApiClient.anonymous(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** A roundtable co-chaired by Morocco whose rapporteur is Rahul, beside one whose rapporteur is Sofía. */
    private long roundtable() {
        Roundtables roundtables = app.context().getBean(Roundtables.class);
        long id = roundtables.create(summit, new RoundtableCommand(theme, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 40,
                List.of("MA", "PH"), List.of(), List.of())).id();
        long other = roundtables.create(summit, new RoundtableCommand(theme, "Skills", RoundtableFormat.ROUNDTABLE, 40,
                List.of("DE"), List.of(), List.of())).id();
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = " + rahulId + " WHERE id = " + id);
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = " + sofiaId + " WHERE id = " + other);
        return id;
    }

    private static String text(String keyMessages, String sdg, int base) {
        return "{\"keyMessages\": \"" + keyMessages + "\", \"recommendations\": \"Publish fees.\", \"practices\": \"\", \"sdgTargets\": \""
                + sdg + "\", \"baseRevision\": " + base + "}";
    }

    @Test
    void the_rapporteur_saves_and_another_roundtables_rapporteur_gets_403() {
        long id = roundtable();
        String path = "/api/v1/roundtables/" + id + "/outcome";
        HttpResponse<String> saved = rahul.put(path, text("Skills **travel**.", "10.7, 8.8", 0));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(parse(saved).get("revision").getIntValue()).isEqualTo(1);
        assertThat(parse(saved).get("keyMessagesHtml").getStringValue()).isEqualTo("<p>Skills <strong>travel</strong>.</p>");

        assertThat(sofia.put(path, text("Mine now.", "", 1)).statusCode()).isEqualTo(403);
        assertThat(sofia.get(path).statusCode()).isEqualTo(403);
        assertThat(anonymous.get(path).statusCode()).isEqualTo(401);
        HttpResponse<String> stale = chair.put(path, text("Office text.", "", 0));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(fields(stale)).containsExactly("revision");
        assertThat(parse(rahul.get(path)).get("draft").get("keyMessages").getStringValue()).isEqualTo("Skills **travel**.");
    }

    @Test
    void a_bad_sdg_target_or_a_script_answers_400_naming_the_field_and_saves_nothing() {
        long id = roundtable();
        String path = "/api/v1/roundtables/" + id + "/outcome";
        HttpResponse<String> sdg = rahul.put(path, text("Fine.", "10.7, 42", 0));
        assertThat(sdg.statusCode()).isEqualTo(400);
        assertThat(sdg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(fields(sdg)).containsExactly("sdgTargets");
        HttpResponse<String> script = rahul.put(path, text("Fine <script>alert(1)</script>", "10.7", 0));
        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(fields(script)).containsExactly("keyMessages");
        assertThat(script.body()).contains("script");
        assertThat(parse(rahul.get(path)).get("revision").getIntValue()).isZero();
        assertThat(rahul.put(path, "{\"keyMessages\": \"No base\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void submitting_with_flags_answers_409_until_they_are_resolved_then_the_workflow_runs_to_publication() {
        long id = roundtable();
        String path = "/api/v1/roundtables/" + id + "/outcome";
        rahul.put(path, text("According to the delegate of Kenya, fees fell. Canada said the pledge grows.", "10.7", 0));
        HttpResponse<String> flags = rahul.get(path + "/flags");
        assertThat(flags.statusCode()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        parse(flags).values().forEach(f -> keys.add(f.get("key").getStringValue()));
        assertThat(keys).containsExactly("attribution:key_messages:according to the delegate of", "attribution:key_messages:canada said");

        HttpResponse<String> refused = rahul.post(path + "/submit", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(fields(refused)).containsExactly("flags");
        assertThat(refused.body()).contains("2 flags");

        assertThat(rahul.post(path + "/flags/resolve", "{\"flagKey\": \"" + keys.get(1) + "\", \"resolution\": \"PARTNERSHIP\"}").statusCode())
                .isEqualTo(200);
        assertThat(rahul.put(path, text("Fees fell in one corridor. Canada said the pledge grows.", "10.7", 1)).statusCode()).isEqualTo(200);
        assertThat(rahul.post(path + "/submit", "").statusCode()).isEqualTo(200);

        assertThat(attendee.get(path).statusCode()).isEqualTo(404);
        assertThat(chair.post(path + "/approve", "").statusCode()).isEqualTo(409);
        assertThat(sofia.post(path + "/review", "{\"comment\": \"fine\"}").statusCode()).isEqualTo(403);
        assertThat(morocco.post(path + "/review", "{\"comment\": \"Agreed.\"}").statusCode()).isEqualTo(200);
        assertThat(morocco.post(path + "/approve", "").statusCode()).isEqualTo(403);
        assertThat(chair.post(path + "/approve", "").statusCode()).isEqualTo(200);
        HttpResponse<String> published = chair.post(path + "/publish", "");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(parse(published).get("status").getStringValue()).isEqualTo("PUBLISHED");

        HttpResponse<String> read = attendee.get(path);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(parse(read).get("keyMessagesHtml").getStringValue()).contains("one corridor");
        assertThat(read.body()).doesNotContain("updatedBy", "\"" + rahulId + "\"");
        assertThat(attendee.get("/api/v1/summits/" + summit + "/outcomes").body()).contains("Fair recruitment").doesNotContain("rapporteurUserId");
        assertThat(attendee.get(path + "/versions").statusCode()).isEqualTo(403);

        HttpResponse<String> history = chair.get(path + "/history");
        List<String> steps = new ArrayList<>();
        parse(history).values().forEach(e -> steps.add(e.get("to").getStringValue()));
        assertThat(steps).containsExactly("SUBMITTED", "REVIEWED", "APPROVED", "PUBLISHED");
        assertThat(rahul.get(path + "/versions").body()).contains("\"revision\":2", "\"revision\":1");
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        parse(response).get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        return fields;
    }
}
