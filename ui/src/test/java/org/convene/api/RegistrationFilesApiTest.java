package org.convene.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.app.TestApp;
import org.convene.delegations.BulkRegistration;
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

/** Upload, template, export and bulk decisions over HTTP, scoped by role and group. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationFilesApiTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = String.join(",", BulkRegistration.COLUMNS);

    private TestApp app;
    private JsonMapper json;
    private ApiClient chair;
    private ApiClient mayors;
    private ApiClient business;
    private long summit;
    private long mayorsGroup;
    private long businessGroup;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.admin.email", "chair@example.org", "convene.admin.password", "chair-office-secret"));
        json = app.context().getBean(JsonMapper.class);
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("mayors@example.org", "Mayors lead", "mayors-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"))));
        users.create(new NewUser("biz@example.org", "Business lead", "business-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12,
                "Quito", "Centro de Convenciones", LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 5), null)).id();
        chair = ApiClient.basic(app, "chair@example.org", "chair-office-secret");
        mayors = ApiClient.basic(app, "mayors@example.org", "mayors-secret");
        business = ApiClient.basic(app, "biz@example.org", "business-secret");
        mayorsGroup = parse(chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"MAYORS\", \"places\": 50}")).get("id").getLongValue();
        businessGroup = parse(chair.post("/api/v1/summits/" + summit + "/groups", "{\"kind\": \"BUSINESS\", \"places\": 50}")).get("id").getLongValue();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String row(String email, String given) {
        return String.join(",", email, given, "Rivera", "", "", "Ciudad de Quito", "", "EC", "EC", "", "DELEGATE", "", "");
    }

    private static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_lead_previews_a_file_with_a_bad_row_then_confirms_the_fixed_one() {
        String path = "/api/v1/groups/" + mayorsGroup + "/registrations/import";
        HttpResponse<String> preview = mayors.postFile(path + "/preview", "text/csv", csv(row("ana@example.org", "Ana"), row("bad-address", "Luis")));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        JsonNode problems = parse(preview).get("problems");
        assertThat(problems.size()).isEqualTo(1);
        assertThat(problems.get(0).get("row").getIntValue()).isEqualTo(3);
        assertThat(problems.get(0).get("field").getStringValue()).isEqualTo("email");

        HttpResponse<String> refused = mayors.postFile(path, "text/csv", csv(row("ana@example.org", "Ana"), row("bad-address", "Luis")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("rows[3].email");

        HttpResponse<String> confirmed = mayors.postFile(path, "text/csv", csv(row("ana@example.org", "Ana"), row("luis@example.org", "Luis")));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(parse(confirmed).get("nominated").getIntValue()).isEqualTo(2);
    }

    @Test
    void a_file_over_ten_megabytes_is_refused() {
        byte[] large = new byte[(int) BulkRegistration.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        HttpResponse<String> response = mayors.postFile("/api/v1/groups/" + mayorsGroup + "/registrations/import", "text/csv", large);
        assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void the_xlsx_template_uploads_as_a_workbook() {
        HttpResponse<byte[]> template = mayors.download("/api/v1/registrations/template?format=xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        assertThat(template.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"registration-template.xlsx\"");

        HttpResponse<String> preview = mayors.postFile("/api/v1/groups/" + businessGroup + "/registrations/import/preview?format=xlsx",
                XLSX, template.body());
        assertThat(preview.statusCode()).isEqualTo(403);
        HttpResponse<String> own = mayors.postFile("/api/v1/groups/" + mayorsGroup + "/registrations/import/preview", XLSX, template.body());
        assertThat(parse(own).get("rows").getIntValue()).isEqualTo(1);

        HttpResponse<byte[]> csvTemplate = chair.download("/api/v1/registrations/template?format=csv");
        assertThat(new String(csvTemplate.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF" + HEADER);
        assertThat(chair.download("/api/v1/registrations/template?format=ods").statusCode()).isEqualTo(400);
    }

    @Test
    void a_lead_can_neither_import_into_nor_export_another_group_nor_decide() {
        assertThat(business.postFile("/api/v1/groups/" + mayorsGroup + "/registrations/import", "text/csv",
                csv(row("intruder@example.org", "X"))).statusCode()).isEqualTo(403);
        assertThat(business.download("/api/v1/summits/" + summit + "/registrations/export?format=csv&group=" + mayorsGroup).statusCode())
                .isEqualTo(403);
        assertThat(business.post("/api/v1/registrations/approve-all", "{\"ids\": [1]}").statusCode()).isEqualTo(403);
        assertThat(mayors.post("/api/v1/registrations/reject-all", "{\"ids\": [1], \"reason\": \"no\"}").statusCode()).isEqualTo(403);
        assertThat(ApiClient.anonymous(app).download("/api/v1/summits/" + summit + "/registrations/export").statusCode()).isEqualTo(401);
    }

    @Test
    void the_export_neutralises_formulas_and_a_lead_gets_their_own_group_only() {
        mayors.post("/api/v1/groups/" + mayorsGroup + "/registrations", person("eve@example.org", "=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")"));
        business.post("/api/v1/groups/" + businessGroup + "/registrations", person("biz@example.org", "Bea"));

        HttpResponse<byte[]> all = chair.download("/api/v1/summits/" + summit + "/registrations/export?format=csv");
        String text = new String(all.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"").contains("biz@example.org");

        String mine = new String(business.download("/api/v1/summits/" + summit + "/registrations/export").body(), StandardCharsets.UTF_8);
        assertThat(mine).contains("biz@example.org").doesNotContain("eve@example.org");

        HttpResponse<byte[]> xlsx = chair.download("/api/v1/summits/" + summit + "/registrations/export?format=xlsx&status=NOMINATED");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith('P', 'K');
    }

    @Test
    void the_chair_office_approves_in_bulk_and_a_bad_selection_changes_nothing() {
        List<Long> ids = new ArrayList<>();
        for (String email : List.of("one@example.org", "two@example.org")) {
            ids.add(parse(chair.post("/api/v1/groups/" + businessGroup + "/registrations", person(email, "Bulk"))).get("id").getLongValue());
        }
        HttpResponse<String> refused = chair.post("/api/v1/registrations/approve-all", "{\"ids\": [" + ids.get(0) + ", 987654]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("registrations[987654]");
        assertThat(parse(chair.get("/api/v1/registrations/" + ids.get(0))).get("status").getStringValue()).isEqualTo("NOMINATED");

        HttpResponse<String> approved = chair.post("/api/v1/registrations/approve-all", "{\"ids\": " + ids + "}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(parse(approved).size()).isEqualTo(2);
        assertThat(parse(chair.get("/api/v1/registrations/" + ids.get(1))).get("status").getStringValue()).isEqualTo("APPROVED");

        HttpResponse<String> again = chair.post("/api/v1/registrations/reject-all", "{\"ids\": " + ids + ", \"reason\": \"late\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("registration.transition.not-allowed");
    }

    private static String person(String email, String given) {
        return "{\"givenName\": \"" + given + "\", \"familyName\": \"Rivera\", \"organisation\": \"Quito\","
                + " \"nationality\": \"EC\", \"residence\": \"EC\", \"email\": \"" + email + "\", \"role\": \"DELEGATE\"}";
    }

    private JsonNode parse(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
