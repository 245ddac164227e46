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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.convene.app.TestApp;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.UserManagement;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.testing.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An approved delegate in a real headless Chromium: follows the link of the approval mail, chooses
 * a password, signs in, switches the interface to French and downloads their badge.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendeeJourneyTest {
    private static final Pattern LINK = Pattern.compile("(/password\\?token=[A-Za-z0-9_-]+)");
    private TestApp app;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path downloads;
    private long registrationId;

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
        Actor office = Actor.of(app.context().getBean(UserManagement.class).findByEmail("officer@example.org").orElseThrow());
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        long summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "13th GFMD Summit", 13,
                "Dubai", "Expo 2020", LocalDate.of(2021, 1, 18), LocalDate.of(2021, 1, 26), null)).id();
        long group = app.context().getBean(StakeholderGroups.class).create(office, summit,
                new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        DelegateRegistration registrations = app.context().getBean(DelegateRegistration.class);
        registrationId = registrations.nominate(office, group, new Person("مريم", "الأحمد", "Maryam", "Al Ahmad", "Migrant Forum in Asia",
                null, "JO", "AE", null, "maryam@example.org", DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(office, registrationId);
        app.context().getBean(BadgePrinting.class).badge(office, registrationId);
        downloads = Files.createTempDirectory("convene-downloads");
        driver = Browser.start(Files.createTempDirectory("convene-chromium"), downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        app.close();
    }

    @Test
    void an_approved_delegate_follows_the_invitation_signs_in_in_french_and_downloads_the_badge() throws Exception {
        String mail = new Sql(app.context().getBean(DataSource.class))
                .text("SELECT body FROM mail_outbox WHERE recipient = 'maryam@example.org' ORDER BY id LIMIT 1");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("the approval mail carries the invitation link").isTrue();

        driver.get(app.url(link.group(1)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Welcome, مريم الأحمد"));
        input(By.cssSelector("#password input")).sendKeys("olive-tree-by-the-sea");
        input(By.cssSelector("#repeat input")).sendKeys("olive-tree-by-the-sea");
        click(By.id("save"));
        wait.until(ExpectedConditions.urlContains("/login"));

        input(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("maryam@example.org");
        input(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("olive-tree-by-the-sea", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My summits"));

        click(By.cssSelector("vaadin-app-layout vaadin-select"));
        click(By.xpath("//vaadin-select-item[contains(., 'Français')]"));
        // The language change reloads the page: nodes found mid-reload belong to the old document.
        wait.ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mes sommets"));
        Browser.screenshot(driver, "attendee-home-fr");
        assertThat(app.context().getBean(UserManagement.class).findByEmail("maryam@example.org").orElseThrow().language()).isEqualTo("fr");

        click(By.id("my-badge-" + registrationId));
        Path pdf = wait.until(d -> pdfIn(downloads));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private static Path pdfIn(Path dir) {
        try (Stream<Path> found = Files.list(dir)) {
            return found.filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private WebElement input(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    private void click(By by) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }
}
