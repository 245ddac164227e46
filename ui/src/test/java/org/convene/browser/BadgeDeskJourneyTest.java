package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.convene.app.TestApp;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.StakeholderGroups;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.identity.UserManagement;
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
 * In a real headless Chromium: the chair office prints a batch of badges and the page's polling
 * brings the download link; then at the desk the badge's token checks the person in (with photo),
 * and a second scan tells when and by whom. Headless Chromium on Linux has no camera barcode
 * detector, so the camera button stays hidden. A screenshot is kept on failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgeDeskJourneyTest {
    private TestApp app;
    private WebDriver driver;
    private WebDriverWait wait;
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
    void start() throws Exception {
        app = TestApp.start(Map.of("convene.admin.email", "officer@example.org", "convene.admin.password", "officer-secret"));
        Actor officer = Actor.of(app.context().getBean(UserManagement.class).findByEmail("officer@example.org").orElseThrow());
        long chairmanship = app.context().getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("PH"), LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31))).id();
        long summit = app.context().getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "2nd GFMD Summit", 2,
                "Manila", "Philippine International Convention Center", LocalDate.of(2008, 10, 27), LocalDate.of(2008, 10, 30), null)).id();
        long group = app.context().getBean(StakeholderGroups.class).create(officer, summit,
                new GroupCommand(GroupKind.CIVIL_SOCIETY, null, null, 10, Map.of())).id();
        DelegateRegistration registrations = app.context().getBean(DelegateRegistration.class);
        registrationId = registrations.nominate(officer, group, new Person("Мария", "Санчес", "Maria", "Sanchez", "Migrant Forum in Asia",
                null, "PH", "PH", null, "maria@example.org", DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(officer, registrationId);
        BufferedImage face = new BufferedImage(300, 375, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(face, "jpeg", jpeg);
        app.context().getBean(DelegatePhotos.class).set(officer, registrationId, jpeg.toByteArray());
        driver = Browser.start(Files.createTempDirectory("convene-chromium"));
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

    @Test
    void a_batch_is_printed_in_the_background_and_the_desk_checks_the_person_in_once() {
        driver.get(app.url("/login"));
        input(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("officer@example.org");
        input(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("officer-secret", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Welcome"));

        driver.get(app.url("/registrations"));
        input(By.xpath("//vaadin-button[normalize-space(.)='Photo']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-upload")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Choose a photo"));
        assertThat(driver.findElement(By.cssSelector("vaadin-dialog img")).getAttribute("src")).startsWith("data:image/jpeg;base64,");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("or drop a JPEG or PNG file here").doesNotContain("undefined");
        input(By.xpath("//vaadin-button[normalize-space(.)='Close']")).click();

        driver.get(app.url("/badges"));
        input(By.xpath("//vaadin-button[contains(., 'Print badges')]")).click();
        // Only the page's own polling can bring this link: nothing else talks to the server.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[contains(., 'Download PDF')]")));
        assertThat(Browser.screenshot(driver, "badge-batch-done")).exists();
        assertThat(app.context().getBean(DelegateRegistration.class).find(
                Actor.of(app.context().getBean(UserManagement.class).findByEmail("officer@example.org").orElseThrow()), registrationId)
                .status()).isEqualTo(RegistrationStatus.BADGE_ISSUED);

        driver.get(app.url("/check-in"));
        WebElement field = input(By.cssSelector("vaadin-text-field input"));
        String token = app.context().getBean(BadgeTokens.class).issue(new BadgeToken(registrationId, 1));
        field.sendKeys(token, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-result"), "Мария Санчес"));
        assertThat(driver.findElement(By.id("check-in-result")).getText()).contains("Maria Sanchez", "Civil Society", "Checked in");
        assertThat(driver.findElement(By.cssSelector("#check-in-result img")).getAttribute("src")).startsWith("data:image/jpeg;base64,");
        assertThat(driver.findElements(By.xpath("//vaadin-button[contains(., 'Scan with camera')]"))).noneMatch(WebElement::isDisplayed);

        input(By.cssSelector("vaadin-text-field input")).sendKeys(token, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-result"), "Already checked in on"));
        assertThat(driver.findElement(By.id("check-in-result")).getText()).contains("by Chair office");
        assertThat(Browser.screenshot(driver, "check-in-second-scan")).exists();
    }

    private WebElement input(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }
}
