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
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The programme over HTTP: the chair office edits, anyone reads, an attendee subscribes to their agenda. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient lead;
    private ApiClient attendee;
    private ApiClient anonymous;
    private long summit;
    private long hall;
    private long speaker;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("lead@example.org", "CS lead", "civil-society-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        users.create(new NewUser("nadia@example.org", "Надя", "attendee-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
        UserView office = users.findByEmail("chair@example.org").orElseThrow();
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "13th GFMD Summit", 13,
                "Dubai", "Expo 2020", LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26), null)).id();
        hall = app.context().getBean(SummitSetup.class).addRoom(summit, new RoomCommand("Plenary Hall", 1200, null)).id();
        long group = app.context().getBean(StakeholderGroups.class).create(Actor.of(office), summit,
                new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        speaker = app.context().getBean(DelegateRegistration.class).nominate(Actor.of(office), group, new Person("Надя", "Петрова",
                "Nadia", "Petrova", "Migrant Forum", null, "KG", "KG", null, "nadia@example.org", DelegateRole.DELEGATE, null, null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        lead = ApiClient.basic(app, "lead@example.org", "civil-society-secret");
        attendee = ApiClient.basic(app, "nadia@example.org", "attendee-secret");
        anonymous = ApiClient.anonymous(app);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String session(String title, String start, String end) {
        return "{\"kind\": \"PLENARY\", \"title\": \"" + title + "\", \"roomId\": " + hall + ", \"start\": \"2021-01-25T" + start
                + "\", \"end\": \"2021-01-25T" + end + "\", \"speakers\": [" + speaker + "], \"audience\": \"OPEN\"}";
    }

    @Test
    void the_chair_office_creates_sessions_and_an_overlap_in_the_room_answers_409() {
        HttpResponse<String> created = chair.post("/api/v1/summits/" + summit + "/sessions", session("Opening plenary", "09:00:00", "10:30:00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(parse(created).get("speakers").get(0).get("name").getStringValue()).isEqualTo("Надя Петрова");

        HttpResponse<String> overlap = chair.post("/api/v1/summits/" + summit + "/sessions", session("Keynote", "10:00:00", "11:00:00"));
        assertThat(overlap.statusCode()).isEqualTo(409);
        assertThat(overlap.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(fields(overlap)).containsExactly("roomId");

        HttpResponse<String> check = chair.post("/api/v1/summits/" + summit + "/sessions/check", session("Keynote", "10:00:00", "11:00:00"));
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(parse(check).values()).extracting(c -> c.get("kind").getStringValue())
                .containsExactlyInAnyOrder("ROOM_DOUBLE_BOOKED", "PERSON_DOUBLE_BOOKED");
    }

    @Test
    void bad_fields_answer_400_with_each_field_named() {
        HttpResponse<String> bad = chair.post("/api/v1/summits/" + summit + "/sessions",
                "{\"kind\": \"PLENARY\", \"title\": \"\", \"roomId\": " + hall + ", \"start\": \"2021-02-01T09:00:00\", \"end\": \"2021-02-01T10:00:00\"}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("title", "start", "audience");
    }

    @Test
    void only_the_chair_office_edits_and_reads_conflicts_while_anyone_reads_the_programme() {
        assertThat(lead.post("/api/v1/summits/" + summit + "/sessions", session("Lead's session", "15:00:00", "16:00:00")).statusCode()).isEqualTo(403);
        assertThat(lead.get("/api/v1/summits/" + summit + "/conflicts").statusCode()).isEqualTo(403);
        assertThat(anonymous.post("/api/v1/summits/" + summit + "/sessions", session("Anonymous", "15:00:00", "16:00:00")).statusCode()).isEqualTo(401);
        assertThat(chair.get("/api/v1/summits/" + summit + "/conflicts").statusCode()).isEqualTo(200);

        chair.post("/api/v1/summits/" + summit + "/sessions", session("Closing", "17:00:00", "18:00:00"));
        HttpResponse<String> programme = anonymous.get("/api/v1/summits/" + summit + "/programme");
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(programme.body()).contains("Closing");
        HttpResponse<String> pdf = anonymous.get("/api/v1/summits/" + summit + "/programme.pdf?lang=fr", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        HttpResponse<String> ics = anonymous.get("/api/v1/summits/" + summit + "/programme.ics", "text/calendar");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Closing");
    }

    @Test
    void an_attendee_subscribes_to_their_agenda_by_a_private_link_and_a_revoked_link_answers_404() {
        chair.post("/api/v1/summits/" + summit + "/sessions", session("Regional perspectives", "13:00:00", "14:00:00"));
        HttpResponse<String> mine = attendee.get("/api/v1/summits/" + summit + "/my-agenda");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains("Regional perspectives", "SPEAKER");

        HttpResponse<String> feed = attendee.post("/api/v1/summits/" + summit + "/my-agenda/feed", "{}");
        assertThat(feed.statusCode()).isEqualTo(201);
        String path = parse(feed).get("path").getStringValue();
        // Only the random token: no name, e-mail or registration id.
        assertThat(path).matches("/api/v1/agenda-feeds/[A-Za-z0-9_-]{43}");
        HttpResponse<String> calendar = anonymous.get(path, "text/calendar");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("SUMMARY:Regional perspectives");

        assertThat(attendee.delete("/api/v1/summits/" + summit + "/my-agenda/feed").statusCode()).isEqualTo(204);
        assertThat(anonymous.get(path, "text/calendar").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/agenda-feeds/not-a-token", "text/calendar").statusCode()).isEqualTo(404);
        assertThat(lead.get("/api/v1/summits/" + summit + "/my-agenda").statusCode()).isEqualTo(404);
        assertThat(lead.get("/api/v1/registrations/" + speaker + "/agenda").statusCode()).isEqualTo(403);
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
