package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.GroupKind;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.ui.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Bulk registration in a real headless Chromium: the Mayors Mechanism's lead uploads a CSV file
 * with one bad row, reads the per-row report, uploads the fixed file and confirms; the chair office
 * approves one of the imported delegates and downloads the badge PDF.
 */
class ImportJourneyTest extends Journey {
    private static final String HEADER = String.join(",", BulkRegistration.COLUMNS);
    private Path files;

    @BeforeAll
    void theMayorsLeadAndTheirGroup() throws IOException {
        Fixtures.user(app.context(), "mayors@example.org", "Mayors lead", "mayors-secret", new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"));
        UserView officer = bean(UserManagement.class).findByEmail(OFFICER).orElseThrow();
        long summit = Fixtures.summit(app.context(), "EC", "12th GFMD Summit", 12, "Quito", "Centro de Convenciones",
                LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 5));
        Fixtures.group(app.context(), officer, summit, GroupKind.MAYORS, 20);
        files = Files.createTempDirectory("convene-import-files");
    }

    private Path file(String name, String... rows) throws IOException {
        return Files.writeString(files.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    }

    private static String row(String email, String given, String family, String nationality) {
        return String.join(",", email, given, family, "", "", "Ciudad de Quito", "", nationality, "EC", "", "DELEGATE", "", "");
    }

    @Test
    void a_lead_fixes_a_bad_row_and_imports_then_the_chair_office_approves_and_prints_a_badge() throws Exception {
        signIn("mayors@example.org", "mayors-secret", "Welcome, Mayors lead");
        driver.get(app.url("/registrations"));
        click(By.id("import-link"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Import from a file"));

        upload(file("mayors.csv", row("ana@example.org", "Ana", "Rivera", "EC"), row("luis@example.org", "Luis", "Mora", "XX")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "1 rows ready, 1 with problems"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Not a known country code"));
        assertThat(driver.findElement(By.xpath("//vaadin-button[contains(., 'Confirm the import')]")).getAttribute("disabled")).isNotNull();
        Browser.screenshot(driver, "import-report");

        upload(file("mayors-fixed.csv", row("ana@example.org", "Ana", "Rivera", "EC"), row("luis@example.org", "Luis", "Mora", "EC")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "2 rows ready, 0 with problems"));
        click(By.xpath("//vaadin-button[contains(., 'Confirm the import') and not(@disabled)]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"), "Done: 2 nominated"));

        driver.manage().deleteAllCookies();
        signIn(OFFICER, OFFICER_PASSWORD, "Welcome, Chair office");
        driver.get(app.url("/registrations"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Ana Rivera"));
        click(By.xpath("//vaadin-grid-cell-content//vaadin-button[normalize-space(.)='Approve']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Approved"));
        Browser.screenshot(driver, "registrations-after-approval");
        click(By.xpath("//vaadin-grid-cell-content//a[contains(., 'Badge')]"));

        Path pdf = downloadedPdf();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.getFileName().toString()).matches("badge-\\d+\\.pdf");
    }

    /** As a person choosing a file: the upload's file input takes the path. */
    private void upload(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
