package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Roundtables over HTTP: the office sets them up; attendees and the rapporteur read; nobody else writes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundtableApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient lead;
    private ApiClient attendee;
    private ApiClient rahul;
    private long rahulId;
    private long summit;
    private long theme;
    private long room;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        ChairmanshipManagement chairmanships = app.context().getBean(ChairmanshipManagement.class);
        SummitManagement summits = app.context().getBean(SummitManagement.class);
        SummitSetup setup = app.context().getBean(SummitSetup.class);
        long uae = chairmanships.create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        summit = summits.create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Expo 2020", LocalDate.of(2021, 1, 24),
                LocalDate.of(2021, 1, 26), null)).id();
        theme = setup.addTheme(summit, new ThemeCommand("Labour mobility", null, null)).id();
        room = setup.addRoom(summit, new RoomCommand("Roundtable Room A", 80, null)).id();
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("lead@example.org", "CS lead", "civil-society-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        users.create(new NewUser("li@example.org", "李明", "attendee-secret-1", "en", List.of(new RoleGrant(Role.ATTENDEE, String.valueOf(summit)))));
        rahulId = users.create(new NewUser("rahul@example.org", "Rahul Menon", "rapporteur-secret", "en", List.of())).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        lead = ApiClient.basic(app, "lead@example.org", "civil-society-secret");
        attendee = ApiClient.basic(app, "li@example.org", "attendee-secret-1");
        rahul = ApiClient.basic(app, "rahul@example.org", "rapporteur-secret");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String roundtable(String title) {
        return "{\"themeId\": " + theme + ", \"title\": \"" + title + "\", \"format\": \"WORLD_CAFE\", \"capacity\": 60,"
                + " \"coChairs\": [\"PH\", \"DE\"], \"teamStates\": [\"BD\"], \"teamGroupIds\": []}";
    }

    private long create(String title) {
        HttpResponse<String> created = chair.post("/api/v1/summits/" + summit + "/roundtables", roundtable(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created).get("id").getLongValue();
    }

    @Test
    void the_office_creates_schedules_and_appoints_and_the_rapporteur_reads_it() {
        long id = create("Fair recruitment");
        HttpResponse<String> scheduled = chair.put("/api/v1/roundtables/" + id + "/schedule",
                "{\"roomId\": " + room + ", \"start\": \"2021-01-25T11:00:00\", \"end\": \"2021-01-25T13:00:00\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        assertThat(parse(scheduled).get("slot").get("roomName").getStringValue()).isEqualTo("Roundtable Room A");
        HttpResponse<String> appointed = chair.put("/api/v1/roundtables/" + id + "/rapporteur", "{\"userId\": " + rahulId + "}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);

        HttpResponse<String> read = rahul.get("/api/v1/roundtables/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(parse(read).get("roundtable").get("number").getStringValue()).matches("RT 1\\.\\d+");
        assertThat(parse(read).get("roundtable").get("rapporteurUserId").getLongValue()).isEqualTo(rahulId);
        assertThat(attendee.get("/api/v1/summits/" + summit + "/roundtables").body()).contains("Fair recruitment");
    }

    @Test
    void a_second_roundtable_in_a_taken_room_answers_409_naming_the_room() {
        long first = create("Skills partnerships");
        long second = create("Diaspora bonds");
        String at = "{\"roomId\": " + room + ", \"start\": \"2021-01-26T09:00:00\", \"end\": \"2021-01-26T10:00:00\"}";
        assertThat(chair.put("/api/v1/roundtables/" + first + "/schedule", at).statusCode()).isEqualTo(200);

        HttpResponse<String> taken = chair.put("/api/v1/roundtables/" + second + "/schedule", at);
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(fields(taken)).containsExactly("roomId");
        assertThat(parse(chair.get("/api/v1/roundtables/" + second)).get("slot")).isNull();
    }

    @Test
    void a_pdf_paper_is_stored_and_downloaded_and_a_text_file_answers_400() {
        long id = create("Planned relocation");
        HttpResponse<String> refused = chair.put("/api/v1/roundtables/" + id + "/paper?name=notes.pdf", "application/pdf",
                "only text".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(parse(refused).get("errors").get(0).get("code").getStringValue()).isEqualTo("roundtable.paper.not-pdf");
        assertThat(fields(refused)).containsExactly("paper");

        byte[] pdf = pdf();
        HttpResponse<String> stored = chair.put("/api/v1/roundtables/" + id + "/paper?name=" + "ورقة.pdf".replace("ورقة",
                "%D9%88%D8%B1%D9%82%D8%A9"), "application/pdf", pdf);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        HttpResponse<byte[]> download = attendee.getBytes("/api/v1/roundtables/" + id + "/paper", "application/pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment;").contains("filename*=UTF-8''%D9%88%D8%B1%D9%82%D8%A9.pdf"));
        assertThat(lead.getBytes("/api/v1/roundtables/" + id + "/paper", "application/pdf").statusCode()).isEqualTo(403);
        assertThat(chair.delete("/api/v1/roundtables/" + id + "/paper").statusCode()).isEqualTo(204);
        assertThat(chair.getBytes("/api/v1/roundtables/" + id + "/paper", "application/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void a_paper_over_ten_megabytes_answers_400_with_the_size_code() {
        long id = create("Large papers");
        byte[] big = java.util.Arrays.copyOf(pdf(), org.convene.roundtables.RoundtableLimits.PAPER_MAX_BYTES + 1);
        HttpResponse<String> refused = chair.put("/api/v1/roundtables/" + id + "/paper", "application/pdf", big);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(parse(refused).get("errors").get(0).get("code").getStringValue()).isEqualTo("roundtable.paper.too-large");
    }

    @Test
    void a_lead_or_an_attendee_may_not_write_and_a_lead_may_not_read() {
        long id = create("Narratives");
        for (ApiClient other : List.of(lead, attendee)) {
            assertThat(other.post("/api/v1/summits/" + summit + "/roundtables", roundtable("Mine")).statusCode()).isEqualTo(403);
            assertThat(other.put("/api/v1/roundtables/" + id, roundtable("Renamed")).statusCode()).isEqualTo(403);
            assertThat(other.delete("/api/v1/roundtables/" + id).statusCode()).isEqualTo(403);
            assertThat(other.put("/api/v1/roundtables/" + id + "/rapporteur", "{\"userId\": " + rahulId + "}").statusCode()).isEqualTo(403);
            assertThat(other.put("/api/v1/roundtables/" + id + "/paper", "application/pdf", pdf()).statusCode()).isEqualTo(403);
        }
        assertThat(lead.get("/api/v1/summits/" + summit + "/roundtables").statusCode()).isEqualTo(403);
        assertThat(lead.get("/api/v1/roundtables/" + id).statusCode()).isEqualTo(403);
        assertThat(lead.get("/api/v1/roundtables/" + (id + 1000)).statusCode()).isEqualTo(403);
        assertThat(chair.get("/api/v1/roundtables/" + (id + 1000)).statusCode()).isEqualTo(404);
        assertThat(chair.delete("/api/v1/roundtables/" + id).statusCode()).isEqualTo(204);
    }

    private static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            document.addNewPage();
        }
        return out.toByteArray();
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
