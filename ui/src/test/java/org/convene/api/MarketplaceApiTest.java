package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.convene.app.TestApp;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.Invitations;
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

/**
 * The marketplace over HTTP: the public reads, exhibitors keep their own application, the chair
 * office decides and allocates; others get 403/404, taken booths and slots 409, bad input 400.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceApiTest {
    private static final Actor OFFICE = new Actor(0, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient fatima;
    private ApiClient ivan;
    private ApiClient anonymous;
    private long summit;
    private long group;
    private DelegateRegistration registrations;
    private UserManagement users;
    private Invitations invitations;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        users = app.context().getBean(UserManagement.class);
        invitations = app.context().getBean(Invitations.class);
        registrations = app.context().getBean(DelegateRegistration.class);
        long uae = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Expo 2020",
                LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26), null)).id();
        group = app.context().getBean(StakeholderGroups.class)
                .create(OFFICE, summit, new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        fatima = accredited("fatima@example.org", "فاطمة", "fatima-secret-1");
        ivan = accredited("ivan@example.org", "Иван", "ivan-secret-12");
        anonymous = ApiClient.anonymous(app);
    }

    /** An approved participant whose attendee account has its password set. */
    private ApiClient accredited(String email, String name, String password) {
        long id = registrations.nominate(OFFICE, group, new Person(name, "Test", "Latin", "Test", "Network", null, "EG", "EG",
                Gender.FEMALE, email, DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(OFFICE, id);
        long user = users.findByEmail(email).orElseThrow().id();
        invitations.setPassword(invitations.resendInvitation(user).orElseThrow().token(), password);
        return ApiClient.basic(app, email, password);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void exhibitors_apply_the_office_decides_and_allocates_and_the_public_reads() {
        String base = "/api/v1/summits/" + summit + "/marketplace";
        HttpResponse<String> booth = chair.post(base + "/booths", "{\"code\": \"M1\", \"area\": 9, \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1}");
        assertThat(booth.statusCode()).as(booth.body()).isEqualTo(201);
        long m1 = id(booth);
        HttpResponse<String> applied = fatima.put(base + "/application",
                "{\"organisation\": \"شبكة المهاجرين\", \"projectTitle\": \"Atlas\", \"description\": \"Maps of corridors\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        long application = id(applied);
        assertThat(fatima.get(base + "/application").statusCode()).isEqualTo(200);
        assertThat(ivan.get(base + "/application").statusCode()).isEqualTo(404);
        assertThat(ivan.get("/api/v1/marketplace/applications/" + application).statusCode()).isEqualTo(404);

        HttpResponse<String> product = fatima.post("/api/v1/marketplace/applications/" + application + "/products",
                "{\"kind\": \"MAP\", \"title\": \"Corridor map\", \"description\": \"Routes\", \"link\": \"https://example.org/map\"}");
        assertThat(product.statusCode()).as(product.body()).isEqualTo(201);
        long productId = id(product);
        HttpResponse<String> image = fatima.put("/api/v1/marketplace/applications/" + application + "/products/" + productId + "/image",
                "image/png", png());
        assertThat(image.statusCode()).as(image.body()).isEqualTo(200);
        assertThat(anonymous.getBytes("/api/v1/marketplace/products/" + productId + "/image", "image/png").statusCode())
                .as("not public before acceptance").isEqualTo(404);

        assertThat(fatima.put("/api/v1/marketplace/applications/" + application + "/status", "{\"status\": \"ACCEPTED\"}").statusCode())
                .isEqualTo(403);
        assertThat(chair.put("/api/v1/marketplace/applications/" + application + "/status", "{\"status\": \"ACCEPTED\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> allocated = chair.put("/api/v1/marketplace/applications/" + application + "/booth/" + m1, "{}");
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
        assertThat(parse(allocated).get("booth").get("code").getStringValue()).isEqualTo("M1");

        HttpResponse<String> exhibitors = anonymous.get(base + "/exhibitors?q=atlas");
        assertThat(exhibitors.statusCode()).isEqualTo(200);
        assertThat(parse(exhibitors).get(0).get("organisation").getStringValue()).isEqualTo("شبكة المهاجرين");
        assertThat(anonymous.get("/api/v1/marketplace/exhibitors/" + application).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> publicImage = anonymous.getBytes("/api/v1/marketplace/products/" + productId + "/image", "image/png");
        assertThat(publicImage.statusCode()).isEqualTo(200);
        assertThat(publicImage.headers().firstValue("Content-Type")).hasValue("image/png");
        HttpResponse<String> booths = anonymous.get(base + "/booths");
        JsonNode all = parse(booths);
        String holder = null;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get("code").getStringValue().equals("M1")) {
                holder = all.get(i).get("exhibitorName").getStringValue();
            }
        }
        assertThat(holder).isEqualTo("شبكة المهاجرين");
    }

    @Test
    void only_the_chair_office_configures_and_reads_all_applications() {
        String base = "/api/v1/summits/" + summit + "/marketplace";
        assertThat(ivan.put(base + "/plan", "{\"columns\": 8, \"rows\": 5}").statusCode()).isEqualTo(403);
        assertThat(ivan.post(base + "/booths", "{\"code\": \"X1\", \"area\": 9, \"x\": 5, \"y\": 3, \"w\": 1, \"h\": 1}").statusCode())
                .isEqualTo(403);
        assertThat(ivan.get(base + "/applications").statusCode()).isEqualTo(403);
        assertThat(ivan.post(base + "/stage", "{\"startsAt\": \"2021-01-25T12:00:00\", \"minutes\": 15}").statusCode()).isEqualTo(403);
        assertThat(anonymous.put(base + "/application", "{}").statusCode()).isEqualTo(401);
        assertThat(chair.get(base + "/applications").statusCode()).isEqualTo(200);
        assertThat(anonymous.get(base + "/plan").statusCode()).isEqualTo(200);
    }

    @Test
    void a_booth_given_twice_and_a_clashing_slot_answer_409() {
        String base = "/api/v1/summits/" + summit + "/marketplace";
        long b7 = id(chair.post(base + "/booths", "{\"code\": \"B7\", \"area\": 9, \"x\": 3, \"y\": 3, \"w\": 1, \"h\": 1}"));
        long first = acceptedApplication(accredited("ana@example.org", "Ana", "ana-secret-123"), "Red de Migración");
        ApiClient li = accredited("li@example.org", "李娜", "li-secret-1234");
        long second = acceptedApplication(li, "Li Network");
        assertThat(chair.put("/api/v1/marketplace/applications/" + first + "/booth/" + b7, "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> twice = chair.put("/api/v1/marketplace/applications/" + second + "/booth/" + b7, "{}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(twice.body()).contains("marketplace.booth.taken");

        long slot = id(chair.post(base + "/stage", "{\"startsAt\": \"2021-01-25T14:00:00\", \"minutes\": 15}"));
        assertThat(chair.post(base + "/stage", "{\"startsAt\": \"2021-01-25T14:10:00\", \"minutes\": 15}").statusCode()).isEqualTo(409);
        assertThat(li.put("/api/v1/marketplace/stage/" + slot + "/booking", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> clash = ApiClient.basic(app, "ana@example.org", "ana-secret-123")
                .put("/api/v1/marketplace/stage/" + slot + "/booking", "{}");
        assertThat(clash.statusCode()).isEqualTo(409);
        assertThat(clash.body()).contains("marketplace.stage.slot-taken");
    }

    @Test
    void a_bad_link_and_a_file_that_is_no_image_answer_400() {
        ApiClient olga = accredited("olga@example.org", "Ольга", "olga-secret-12");
        long application = id(olga.put("/api/v1/summits/" + summit + "/marketplace/application",
                "{\"organisation\": \"Olga Org\", \"projectTitle\": \"Tool\", \"description\": \"A tool\"}"));
        HttpResponse<String> bad = olga.post("/api/v1/marketplace/applications/" + application + "/products",
                "{\"kind\": \"TOOL\", \"title\": \"Tool\", \"description\": \"A tool\", \"link\": \"javascript:alert(1)\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(parse(bad).get("errors").get(0).get("field").getStringValue()).isEqualTo("link");
        HttpResponse<String> notImage = chair.put("/api/v1/summits/" + summit + "/marketplace/plan/image", "image/png",
                "<html>not a plan</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(notImage.statusCode()).isEqualTo(400);
        assertThat(notImage.body()).contains("marketplace.image.type");
    }

    private long acceptedApplication(ApiClient exhibitor, String organisation) {
        long id = id(exhibitor.put("/api/v1/summits/" + summit + "/marketplace/application",
                "{\"organisation\": \"" + organisation + "\", \"projectTitle\": \"Project\", \"description\": \"What we do\"}"));
        chair.put("/api/v1/marketplace/applications/" + id + "/status", "{\"status\": \"ACCEPTED\"}");
        return id;
    }

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private long id(HttpResponse<String> response) {
        return parse(response).get("id").getLongValue();
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
