package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.app.TestApp;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bulk registration in a real headless Chromium: the Mayors Mechanism's lead uploads a CSV file
 * with one bad row, reads the per-row report, uploads the fixed file and confirms; the chair office
 * approves one of the imported delegates and downloads the badge PDF.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportJourneyTest {
    private static final String HEADER = String.join(",", BulkRegistration.COLUMNS);
    private TestApp app;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path files;
    private Path downloads;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                System.err.println("Screenshot of the failure: " + Browser.screenshot(driver, context.getDisplayName()).toAbsolutePath());
            }
        }
    };

    @BeforeAll
    void start() throws IOException {
        app = TestApp.start(Map.of("convene.admin.email", "officer@example.org", "convene.admin.password", "officer-secret"));
        UserManagement users = app.context().getBean(UserManagement.class);
        users.create(new NewUser("mayors@example.org", "Mayors lead", "mayors-secret", "en", List.of(new RoleGrant(Role.MECHANISM_LEAD, "MAYORS"))));
        UserView officer = users.findByEmail("officer@example.org").orElseThrow();
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))).id();
        long summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "12th GFMD Summit", 12,
                "Quito", "Centro de Convenciones", LocalDate.of(2019, 12, 2), LocalDate.of(2019, 12, 5), null)).id();
        app.context().getBean(StakeholderGroups.class).create(Actor.of(officer), summit,
                new GroupCommand(GroupKind.MAYORS, null, null, 20, Map.of()));
        files = Files.createTempDirectory("convene-import-files");
        downloads = Files.createTempDirectory("convene-downloads");
        driver = Browser.start(Files.createTempDirectory("convene-chromium"), downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
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
        signIn("officer@example.org", "officer-secret", "Welcome, Chair office");
        driver.get(app.url("/registrations"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Ana Rivera"));
        click(By.xpath("//vaadin-grid-cell-content//vaadin-button[normalize-space(.)='Approve']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Approved"));
        Browser.screenshot(driver, "registrations-after-approval");
        click(By.xpath("//vaadin-grid-cell-content//a[contains(., 'Badge')]"));

        Path pdf = wait.until(d -> pdfIn(downloads));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.getFileName().toString()).matches("badge-\\d+\\.pdf");
    }

    /** A finished download (Chromium writes .crdownload until it is complete), or null. */
    private static Path pdfIn(Path dir) {
        try (Stream<Path> found = Files.list(dir)) {
            return found.filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private void signIn(String email, String password, String welcome) {
        driver.get(app.url("/login"));
        input(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        input(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), welcome));
    }

    /** As a person choosing a file: the upload's file input takes the path. */
    private void upload(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private WebElement input(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Clicks once the element is clickable; Vaadin may re-render it meanwhile, so a stale element is looked up again. */
    private void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }
}
