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
import org.convene.app.TestApp;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
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

/** Consultations over HTTP: the chair office edits, a theme's resource person writes its observations, others are refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient amina;
    private ApiClient oleg;
    private ApiClient lead;
    private ApiClient anonymous;
    private long summit;
    private long otherSummit;
    private final List<Long> themes = new ArrayList<>();
    private long foreignTheme;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        long aminaId = users.create(new NewUser("amina@example.org", "أمينة", "resource-secret-1", "en", List.of(RoleGrant.of(Role.RESOURCE_PERSON)))).id();
        long olegId = users.create(new NewUser("oleg@example.org", "Олег", "resource-secret-2", "en", List.of(RoleGrant.of(Role.RESOURCE_PERSON)))).id();
        users.create(new NewUser("lead@example.org", "CS lead", "civil-society-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        ChairmanshipManagement chairmanships = app.context().getBean(ChairmanshipManagement.class);
        SummitManagement summits = app.context().getBean(SummitManagement.class);
        SummitSetup setup = app.context().getBean(SummitSetup.class);
        long uae = chairmanships.create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        summit = summits.create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Expo 2020", LocalDate.of(2021, 1, 24),
                LocalDate.of(2021, 1, 26), null)).id();
        themes.add(setup.addTheme(summit, new ThemeCommand("Labour mobility", null, aminaId)).id());
        themes.add(setup.addTheme(summit, new ThemeCommand("Diaspora", null, olegId)).id());
        themes.add(setup.addTheme(summit, new ThemeCommand("Climate", null, null)).id());
        themes.add(setup.addTheme(summit, new ThemeCommand("Recruitment", null, null)).id());
        long fr = chairmanships.create(new ChairmanshipCommand(List.of("FR"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))).id();
        otherSummit = summits.create(new SummitCommand(fr, "14th GFMD Summit", 14, "Paris", "Centre", LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 6, 2), null)).id();
        foreignTheme = setup.addTheme(otherSummit, new ThemeCommand("Elsewhere", null, null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        amina = ApiClient.basic(app, "amina@example.org", "resource-secret-1");
        oleg = ApiClient.basic(app, "oleg@example.org", "resource-secret-2");
        lead = ApiClient.basic(app, "lead@example.org", "civil-society-secret");
        anonymous = ApiClient.anonymous(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String consultation(String start, String end, List<Long> themeIds) {
        return "{\"process\": \"Abu Dhabi Dialogue\", \"city\": \"Dubai\", \"countryCode\": \"AE\", \"startDate\": \"" + start
                + "\", \"endDate\": \"" + end + "\", \"participants\": [\"AE\", \"PH\", \"IN\"], \"participantCount\": 60, \"themeIds\": "
                + themeIds + "}";
    }

    private long create(List<Long> themeIds) {
        HttpResponse<String> created = chair.post("/api/v1/summits/" + summit + "/consultations", consultation("2020-10-01", "2020-10-02", themeIds));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created).get("id").getLongValue();
    }

    @Test
    void the_chair_office_creates_a_consultation_and_a_fourth_theme_answers_409() {
        long id = create(themes.subList(0, 3));
        HttpResponse<String> read = chair.get("/api/v1/consultations/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(parse(read).get("forumChairs").get(0).getStringValue()).isEqualTo("AE");

        HttpResponse<String> fourth = chair.post("/api/v1/consultations/" + id + "/themes", "{\"themeId\": " + themes.get(3) + "}");
        assertThat(fourth.statusCode()).isEqualTo(409);
        assertThat(fourth.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(fields(fourth)).containsExactly("themeIds");
        assertThat(chair.get("/api/v1/summits/" + summit + "/consultations").body()).contains("Abu Dhabi Dialogue");
    }

    @Test
    void four_themes_another_summits_theme_and_reversed_dates_answer_400_naming_the_field() {
        HttpResponse<String> four = chair.post("/api/v1/summits/" + summit + "/consultations", consultation("2020-10-01", "2020-10-02", themes));
        assertThat(four.statusCode()).isEqualTo(400);
        assertThat(fields(four)).containsExactly("themeIds");
        HttpResponse<String> foreign = chair.post("/api/v1/summits/" + summit + "/consultations",
                consultation("2020-10-01", "2020-10-02", List.of(foreignTheme)));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(fields(foreign)).containsExactly("themeIds");
        HttpResponse<String> reversed = chair.post("/api/v1/summits/" + summit + "/consultations", consultation("2020-10-02", "2020-10-01", List.of()));
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(fields(reversed)).containsExactly("endDate");
    }

    @Test
    void the_themes_resource_person_writes_sanitised_observations_and_others_get_403() {
        long id = create(themes.subList(0, 2));
        String path = "/api/v1/consultations/" + id + "/themes/" + themes.get(0) + "/observations";

        HttpResponse<String> saved = amina.put(path, "{\"source\": \"**Skills** <a href=\\\"javascript:alert(1)\\\" onclick=\\\"x()\\\">link</a><script>alert(2)</script>\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String html = parse(saved).get("html").getStringValue();
        assertThat(html).contains("<strong>Skills</strong>", "link").doesNotContain("script", "javascript", "onclick", "alert");

        assertThat(oleg.put(path, "{\"source\": \"mine now\"}").statusCode()).isEqualTo(403);
        assertThat(lead.put(path, "{\"source\": \"mine now\"}").statusCode()).isEqualTo(403);
        assertThat(lead.get(path).statusCode()).isEqualTo(403);
        assertThat(anonymous.get(path).statusCode()).isEqualTo(401);
        assertThat(oleg.get(path).statusCode()).isEqualTo(200);
        assertThat(chair.put(path, "{\"source\": \"edited by the office\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void resource_persons_of_the_consultation_and_the_office_download_the_report_while_a_lead_cannot() {
        long id = create(themes.subList(1, 2));
        HttpResponse<byte[]> pdf = oleg.getBytes("/api/v1/consultations/" + id + "/report.pdf?lang=es", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");
        assertThat(chair.getBytes("/api/v1/consultations/" + id + "/report.pdf", "application/pdf").statusCode()).isEqualTo(200);
        assertThat(amina.getBytes("/api/v1/consultations/" + id + "/report.pdf", "application/pdf").statusCode()).isEqualTo(403);
        assertThat(lead.getBytes("/api/v1/consultations/" + id + "/report.pdf", "application/pdf").statusCode()).isEqualTo(403);
        // An id that does not exist looks the same as one that is not theirs.
        assertThat(lead.getBytes("/api/v1/consultations/" + (id + 1000) + "/report.pdf", "application/pdf").statusCode()).isEqualTo(403);
        assertThat(chair.getBytes("/api/v1/consultations/" + (id + 1000) + "/report.pdf", "application/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void only_the_chair_office_edits_consultations() {
        assertThat(lead.post("/api/v1/summits/" + summit + "/consultations", consultation("2020-10-01", "2020-10-02", List.of())).statusCode())
                .isEqualTo(403);
        assertThat(amina.get("/api/v1/summits/" + summit + "/consultations").statusCode()).isEqualTo(403);
        long id = create(List.of());
        assertThat(amina.delete("/api/v1/consultations/" + id).statusCode()).isEqualTo(403);
        assertThat(chair.delete("/api/v1/consultations/" + id).statusCode()).isEqualTo(204);
        assertThat(chair.get("/api/v1/consultations/" + id).statusCode()).isEqualTo(404);
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
