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
import org.convene.identity.Invitations;
import org.convene.identity.UserManagement;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An approved delegate's account over HTTP: their own data only; invitations resent by the chair office only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendeeApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private long group;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("SE"), LocalDate.of(2013, 1, 1), LocalDate.of(2014, 6, 30))).id();
        long summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "7th GFMD Summit", 7,
                "Stockholm", "Waterfront", LocalDate.of(2014, 5, 14), LocalDate.of(2014, 5, 16), null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        group = parse(chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"CIVIL_SOCIETY\", \"places\": 5}")).get("id").getLongValue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private long approved(String email) {
        long id = parse(chair.post("/api/v1/groups/" + group + "/registrations", "{\"givenName\": \"Ingrid\", \"familyName\": \"Berg\","
                + " \"organisation\": \"Red Cross\", \"nationality\": \"SE\", \"residence\": \"SE\", \"email\": \"" + email + "\","
                + " \"role\": \"DELEGATE\"}")).get("id").getLongValue();
        assertThat(chair.post("/api/v1/registrations/" + id + "/approve", "{}").statusCode()).isEqualTo(200);
        return id;
    }

    private ApiClient signedUp(String email) {
        Invitations invitations = app.context().getBean(Invitations.class);
        long userId = app.context().getBean(UserManagement.class).findByEmail(email).orElseThrow().id();
        invitations.setPassword(invitations.resendInvitation(userId).orElseThrow().token(), "a-long-enough-secret");
        return ApiClient.basic(app, email, "a-long-enough-secret");
    }

    @Test
    void an_attendee_downloads_everything_held_about_them_and_nobody_elses() {
        long mine = approved("ingrid@example.org");
        approved("sven@example.org");
        ApiClient ingrid = signedUp("ingrid@example.org");

        HttpResponse<String> data = ingrid.get("/api/v1/me/personal-data");

        assertThat(data.statusCode()).as(data.body()).isEqualTo(200);
        assertThat(data.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("my-data.json"));
        JsonNode body = parse(data);
        assertThat(body.get("account").get("email").getStringValue()).isEqualTo("ingrid@example.org");
        assertThat(body.get("profile").get("findable").getBooleanValue()).isFalse();
        assertThat(body.get("registrations").values()).singleElement()
                .satisfies(r -> assertThat(r.get("registrationId").getLongValue()).isEqualTo(mine));
        assertThat(data.body()).doesNotContain("sven@example.org");
        assertThat(ingrid.get("/api/v1/registrations/" + mine + "/personal-data").statusCode()).isEqualTo(403);
    }

    @Test
    void only_the_chair_office_resends_an_invitation_and_nothing_goes_once_a_password_is_set() {
        long id = approved("karin@example.org");
        assertThat(parse(chair.post("/api/v1/registrations/" + id + "/invitation", "{}")).get("sent").getBooleanValue()).isTrue();
        ApiClient karin = signedUp("karin@example.org");

        assertThat(karin.post("/api/v1/registrations/" + id + "/invitation", "{}").statusCode()).isEqualTo(403);
        assertThat(parse(chair.post("/api/v1/registrations/" + id + "/invitation", "{}")).get("sent").getBooleanValue()).isFalse();
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
