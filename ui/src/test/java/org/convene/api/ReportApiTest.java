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

/** The summit report and the recollection over HTTP: who may, what a bad SDG answers, and the summit's language. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient resourcePerson;
    private ApiClient attendee;
    private ApiClient anonymous;
    private long summit;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("resource@example.org", "Resource person", "resource-secret-1", "en", List.of(RoleGrant.of(Role.RESOURCE_PERSON))));
        users.create(new NewUser("attendee@example.org", "Attendee", "attendee-secret-1", "en", List.of(new RoleGrant(Role.ATTENDEE, "1"))));
        long morocco = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("MA"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(morocco, "11th GFMD Summit", 11, "Marrakesh",
                "Palais des Congrès", LocalDate.of(2018, 12, 5), LocalDate.of(2018, 12, 7), "Honouring commitments")).id();
        long theme = app.context().getBean(SummitSetup.class).addTheme(summit, new ThemeCommand("Fair recruitment", null, null)).id();
        long roundtable = app.context().getBean(Roundtables.class).create(summit, new RoundtableCommand(theme, "Ethical recruitment",
                RoundtableFormat.ROUNDTABLE, 30, List.of("MA"), List.of(), List.of())).id();
        new Sql(app.context().getBean(DataSource.class)).update("""
                INSERT INTO roundtable_outcome (roundtable_id, status, key_messages, key_messages_html, recommendations, recommendations_html,
                    practices, practices_html, sdg_targets, revision, updated_by, updated_at, published_at)
                VALUES (%d, 'PUBLISHED', 'Zero fees for workers.', '<p>Zero fees for workers.</p>', '', '', '', '', '10.7', 1, 1,
                    NOW(), NOW())""".formatted(roundtable));
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        resourcePerson = ApiClient.basic(app, "resource@example.org", "resource-secret-1");
        attendee = ApiClient.basic(app, "attendee@example.org", "attendee-secret-1");
        anonymous = ApiClient.anonymous(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_chair_office_downloads_the_summit_report_and_nobody_else_does() {
        HttpResponse<byte[]> pdf = chair.getBytes("/api/v1/summits/" + summit + "/report.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("summit-report-" + summit + ".pdf"));
        assertThat(parse(chair.get("/api/v1/summits/" + summit + "/report")).get("publishedOutcomes").getIntValue()).isEqualTo(1);

        assertThat(resourcePerson.getBytes("/api/v1/summits/" + summit + "/report.pdf", "application/pdf").statusCode()).isEqualTo(403);
        assertThat(attendee.getBytes("/api/v1/summits/" + summit + "/report.pdf", "application/pdf").statusCode()).isEqualTo(403);
        assertThat(anonymous.getBytes("/api/v1/summits/" + summit + "/report.pdf", "application/pdf").statusCode()).isEqualTo(401);
        assertThat(chair.getBytes("/api/v1/summits/" + (summit + 1000) + "/report.pdf", "application/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void the_recollection_answers_resource_persons_and_refuses_attendees_and_a_bad_sdg() {
        HttpResponse<String> found = resourcePerson.get("/api/v1/recollection?q=zero%20FEES&sdg=10");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode hit = parse(found).get(0);
        assertThat(hit.get("year").getIntValue()).isEqualTo(2018);
        assertThat(hit.get("roundtableNumber").getStringValue()).isEqualTo("RT 1.1");
        assertThat(hit.get("snippet").getStringValue()).isEqualTo("Zero fees for workers.");

        HttpResponse<String> bad = chair.get("/api/v1/recollection?q=fees&sdg=18");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(fields(bad)).containsExactly("sdg");
        assertThat(fields(chair.get("/api/v1/recollection"))).containsExactly("words");
        assertThat(attendee.get("/api/v1/recollection?q=fees").statusCode()).isEqualTo(403);
        assertThat(anonymous.get("/api/v1/recollection?q=fees").statusCode()).isEqualTo(401);
    }

    @Test
    void the_chair_office_sets_the_summits_language_which_the_summit_answers_with() {
        HttpResponse<String> set = chair.put("/api/v1/summits/" + summit + "/language", "{\"language\": \"es\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(parse(chair.get("/api/v1/summits/" + summit)).get("language").getStringValue()).isEqualTo("es");
        assertThat(fields(chair.put("/api/v1/summits/" + summit + "/language", "{\"language\": \"de\"}"))).containsExactly("language");
        assertThat(resourcePerson.put("/api/v1/summits/" + summit + "/language", "{\"language\": \"fr\"}").statusCode()).isEqualTo(403);
        chair.put("/api/v1/summits/" + summit + "/language", "{\"language\": \"en\"}");
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        parse(response).get("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        return fields;
    }
}
