package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.convene.app.TestApp;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
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

/** Photos, badge batches and check-in over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgeApiTest {
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient otherChair;
    private ApiClient civilSociety;
    private ApiClient business;
    private ApiClient desk;
    private long summit;
    private long civilGroup;
    private int people;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("cs@example.org", "CS lead", "civil-society-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))));
        users.create(new NewUser("biz@example.org", "Business lead", "business-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        users.create(new NewUser("office2@example.org", "Second officer", "chair-office-two", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        users.create(new NewUser("desk@example.org", "Youssef at gate A", "check-in-secret", "en", List.of(RoleGrant.of(Role.CHECK_IN))));
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12,
                "Quito", "CEC", LocalDate.of(2020, 1, 20), LocalDate.of(2020, 1, 24), null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        otherChair = ApiClient.basic(app, "office2@example.org", "chair-office-two");
        civilSociety = ApiClient.basic(app, "cs@example.org", "civil-society-secret");
        business = ApiClient.basic(app, "biz@example.org", "business-secret");
        desk = ApiClient.basic(app, "desk@example.org", "check-in-secret");
        civilGroup = parse(chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"CIVIL_SOCIETY\", \"places\": 100}")).get("id").getLongValue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void a_lead_uploads_a_photo_which_comes_back_re_encoded_and_bad_files_get_clear_codes() {
        long id = approved();
        byte[] png = image("png", 640, 800);

        assertThat(civilSociety.put("/api/v1/registrations/" + id + "/photo", "image/png", png).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> photo = chair.getBytes("/api/v1/registrations/" + id + "/photo", "image/jpeg");
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.body()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(photo.body()).isNotEqualTo(png);

        assertThat(code(civilSociety.put("/api/v1/registrations/" + id + "/photo", "image/jpeg",
                "just text, named photo.jpg".getBytes(StandardCharsets.UTF_8)))).isEqualTo("photo.type");
        byte[] jpeg = image("jpeg", 800, 1000);
        assertThat(code(civilSociety.put("/api/v1/registrations/" + id + "/photo", "image/jpeg",
                Arrays.copyOf(jpeg, jpeg.length / 2)))).isEqualTo("photo.unreadable");
        assertThat(code(civilSociety.put("/api/v1/registrations/" + id + "/photo", "image/jpeg",
                Arrays.copyOf(jpeg, 5 * 1024 * 1024 + 10)))).isEqualTo("photo.too-large");
        assertThat(business.put("/api/v1/registrations/" + id + "/photo", "image/png", png).statusCode()).isEqualTo(404);

        assertThat(civilSociety.delete("/api/v1/registrations/" + id + "/photo").statusCode()).isEqualTo(204);
        assertThat(chair.getBytes("/api/v1/registrations/" + id + "/photo", "image/jpeg").statusCode()).isEqualTo(404);
    }

    @Test
    void a_batch_runs_in_the_background_and_only_its_owner_fetches_the_pdf() throws InterruptedException {
        for (int i = 0; i < 30; i++) {
            if (i % 3 == 0) {
                nominated();
            } else {
                approved();
            }
        }
        HttpResponse<String> started = chair.post("/api/v1/summits/" + summit + "/badge-batches",
                "{\"group\": " + civilGroup + ", \"status\": \"APPROVED\", \"format\": \"A4_SHEETS\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String batch = parse(started).get("id").getStringValue();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/badge-batches/" + batch);

        JsonNode status = awaitFinished(batch);
        assertThat(status.get("state").getStringValue()).isEqualTo("DONE");
        assertThat(status.get("done").getIntValue()).isEqualTo(status.get("total").getIntValue());
        HttpResponse<byte[]> pdf = chair.getBytes("/api/v1/badge-batches/" + batch + "/badges.pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(otherChair.get("/api/v1/badge-batches/" + batch).statusCode()).isEqualTo(404);
        assertThat(otherChair.getBytes("/api/v1/badge-batches/" + batch + "/badges.pdf", "application/pdf").statusCode()).isEqualTo(404);
        assertThat(civilSociety.post("/api/v1/summits/" + summit + "/badge-batches", "{}").statusCode()).isEqualTo(403);
        assertThat(parse(chair.get("/api/v1/summits/" + summit + "/registrations?group=" + civilGroup + "&status=APPROVED")).values()).isEmpty();
    }

    @Test
    void the_desk_hears_who_checked_in_first_and_revoked_or_forged_badges_are_refused() {
        long id = approved();
        assertThat(chair.get("/api/v1/registrations/" + id + "/badge.pdf", "application/pdf").statusCode()).isEqualTo(200);
        BadgeTokens tokens = app.context().getBean(BadgeTokens.class);
        String first = tokens.issue(new BadgeToken(id, 1));
        assertThat(chair.get("/api/v1/registrations/" + id + "/badge.pdf", "application/pdf").statusCode()).isEqualTo(200);
        String reprint = tokens.issue(new BadgeToken(id, 2));

        HttpResponse<String> old = desk.post("/api/v1/check-in", "{\"token\": \"" + first + "\"}");
        assertThat(old.statusCode()).isEqualTo(409);
        assertThat(code(old)).isEqualTo("badge.superseded");
        Instant before = Instant.now();
        assertThat(desk.post("/api/v1/check-in", "{\"token\": \"" + reprint + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> again = desk.post("/api/v1/check-in", "{\"token\": \"" + reprint + "\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("registration.already-checked-in");
        String detail = parse(again).get("detail").getStringValue();
        assertThat(detail).contains("Youssef at gate A");
        Instant at = Instant.parse(detail.replaceAll(".* at (\\S+) by .*", "$1"));
        assertThat(at).isBetween(before.minusSeconds(1), Instant.now());

        long withdrawn = approved();
        chair.get("/api/v1/registrations/" + withdrawn + "/badge.pdf", "application/pdf");
        civilSociety.post("/api/v1/registrations/" + withdrawn + "/withdraw", "{}");
        assertThat(code(desk.post("/api/v1/check-in", "{\"token\": \"" + tokens.issue(new BadgeToken(withdrawn, 1)) + "\"}")))
                .isEqualTo("badge.revoked");
        assertThat(code(desk.post("/api/v1/check-in", "{\"token\": \"" + first.substring(0, 30) + "AAAAAAAAA\"}")))
                .isEqualTo("badge.token.invalid");
    }

    private long approved() {
        long id = nominated();
        assertThat(chair.post("/api/v1/registrations/" + id + "/approve", "{}").statusCode()).isEqualTo(200);
        return id;
    }

    private long nominated() {
        int n = ++people;
        HttpResponse<String> nominated = civilSociety.post("/api/v1/groups/" + civilGroup + "/registrations",
                "{\"givenName\": \"Наталья\", \"familyName\": \"Иванова " + n + "\", \"latinGivenName\": \"Natalya\","
                        + " \"latinFamilyName\": \"Ivanova\", \"organisation\": \"Civic Assistance\", \"nationality\": \"RU\","
                        + " \"residence\": \"RU\", \"email\": \"person" + n + "@example.org\", \"role\": \"DELEGATE\"}");
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
        return parse(nominated).get("id").getLongValue();
    }

    /** Polls as a client would; the bound only keeps a broken batch from hanging the build. */
    private JsonNode awaitFinished(String batch) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode status = parse(chair.get("/api/v1/badge-batches/" + batch));
            String state = status.get("state").getStringValue();
            if (state.equals("DONE") || state.equals("FAILED") || Instant.now().isAfter(giveUp)) {
                return status;
            }
            Thread.sleep(100);
        }
    }

    private String code(HttpResponse<String> response) {
        return parse(response).get("errors").get(0).get("code").getStringValue();
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.CYAN);
        g.fillOval(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
