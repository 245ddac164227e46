package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
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

/** The Open Space over HTTP: attendees see and answer only their own requests; the layout and the scheduler are the chair office's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSpaceApiTest {
    private static final Actor OFFICE = new Actor(0, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient amina;
    private ApiClient oleg;
    private ApiClient li;
    private long summit;
    private long session;
    private long olegId;

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
        long hall = setup.addRoom(summit, new RoomCommand("Hall", 200, null)).id();
        session = app.context().getBean(Programme.class).create(summit, new SessionCommand(SessionKind.OPEN_SPACE, "Open Space", null, hall,
                LocalDateTime.parse("2021-01-25T14:00"), LocalDateTime.parse("2021-01-25T15:00"), List.of(), List.of(), Audience.OPEN, null,
                List.of(), null)).id();
        long civil = app.context().getBean(StakeholderGroups.class)
                .create(OFFICE, summit, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        attendee(civil, "Amina", "amina@os.example.org");
        olegId = attendee(civil, "Oleg", "oleg@os.example.org");
        attendee(civil, "Li", "li@os.example.org");
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        amina = ApiClient.basic(app, "amina@os.example.org", "attendee-secret-1");
        oleg = ApiClient.basic(app, "oleg@os.example.org", "attendee-secret-1");
        li = ApiClient.basic(app, "li@os.example.org", "attendee-secret-1");
    }

    private long attendee(long group, String name, String email) {
        long id = app.context().getBean(DelegateRegistration.class).nominate(OFFICE, group, new Person(name, "Tester", null, null, "Network",
                null, "AE", "AE", null, email, DelegateRole.DELEGATE, null, null)).id();
        UserManagement users = app.context().getBean(UserManagement.class);
        long user = users.create(new NewUser(email, name, "attendee-secret-1", "en", List.of(new RoleGrant(Role.ATTENDEE, Long.toString(summit))))).id();
        app.context().getBean(Profiles.class).update(user, new Profile(null, "fair recruitment", true));
        return id;
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void attendeesBookAMeetingAndOthersCanNeitherSeeNorAnswerIt() {
        assertThat(amina.put("/api/v1/summits/" + summit + "/open-space", "{\"slotMinutes\": 30, \"sessionIds\": [" + session + "]}")
                .statusCode()).isEqualTo(403);
        assertThat(amina.post("/api/v1/summits/" + summit + "/open-space/schedule", "{}").statusCode()).isEqualTo(403);
        assertThat(amina.get("/api/v1/summits/" + summit + "/open-space/meetings").statusCode()).isEqualTo(403);
        HttpResponse<String> configured = chair.put("/api/v1/summits/" + summit + "/open-space",
                "{\"slotMinutes\": 30, \"sessionIds\": [" + session + "]}");
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(200);
        assertThat(parse(configured).get("slots").size()).isEqualTo(2);
        assertThat(chair.post("/api/v1/summits/" + summit + "/open-space/places", "{\"name\": \"Table 1\", \"capacity\": 2}").statusCode())
                .isEqualTo(201);

        HttpResponse<String> found = amina.get("/api/v1/summits/" + summit + "/open-space/attendees?q=oleg");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("Oleg").doesNotContain("@");

        HttpResponse<String> outside = amina.post("/api/v1/summits/" + summit + "/open-space/requests",
                "{\"invitees\": [" + olegId + "], \"slot\": \"2021-01-25T14:10:00\"}");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(parse(outside).get("errors").get(0).get("field").getStringValue()).isEqualTo("slot");

        HttpResponse<String> sent = amina.post("/api/v1/summits/" + summit + "/open-space/requests",
                "{\"invitees\": [" + olegId + "], \"slot\": \"2021-01-25T14:30:00\", \"message\": \"Coffee?\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        long request = parse(sent).get("id").getLongValue();

        assertThat(li.get("/api/v1/summits/" + summit + "/open-space/requests").body()).isEqualTo("[]");
        assertThat(li.post("/api/v1/open-space/requests/" + request + "/accept", "{}").statusCode()).isEqualTo(404);
        HttpResponse<String> accepted = oleg.post("/api/v1/open-space/requests/" + request + "/accept", "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(parse(accepted).get("status").getStringValue()).isEqualTo("BOOKED");
        assertThat(parse(amina.get("/api/v1/summits/" + summit + "/open-space/my-meetings")).size()).isEqualTo(1);
        assertThat(li.get("/api/v1/summits/" + summit + "/open-space/my-meetings").body()).isEqualTo("[]");

        HttpResponse<String> clash = li.post("/api/v1/summits/" + summit + "/open-space/requests",
                "{\"invitees\": [" + olegId + "], \"slot\": \"2021-01-25T14:30:00\"}");
        long second = parse(clash).get("id").getLongValue();
        HttpResponse<String> busy = oleg.post("/api/v1/open-space/requests/" + second + "/accept", "{}");
        assertThat(busy.statusCode()).isEqualTo(409);
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(parse(chair.get("/api/v1/summits/" + summit + "/open-space/meetings")).size()).isEqualTo(1);
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
