package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.ui.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real headless Chromium: the chair office prints a batch of badges and the page's polling
 * brings the download link; then at the desk the badge's token checks the person in (with photo),
 * and a second scan tells when and by whom. Headless Chromium on Linux has no camera barcode
 * detector, so the camera button stays hidden. A screenshot is kept on failure.
 */
class BadgeDeskJourneyTest extends Journey {
    private long registrationId;

    @BeforeAll
    void anApprovedDelegateWithAPhoto() throws IOException {
        UserView officer = bean(UserManagement.class).findByEmail(OFFICER).orElseThrow();
        long summit = Fixtures.summit(app.context(), "PH", "2nd GFMD Summit", 2, "Manila", "Philippine International Convention Center",
                LocalDate.of(2008, 10, 27), LocalDate.of(2008, 10, 30));
        long group = Fixtures.group(app.context(), officer, summit, GroupKind.CIVIL_SOCIETY, 10);
        DelegateRegistration registrations = bean(DelegateRegistration.class);
        registrationId = registrations.nominate(Actor.of(officer), group, new Person("Мария", "Санчес", "Maria", "Sanchez",
                "Migrant Forum in Asia", null, "PH", "PH", null, "maria@example.org", DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(Actor.of(officer), registrationId);
        BufferedImage face = new BufferedImage(300, 375, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(face, "jpeg", jpeg);
        bean(DelegatePhotos.class).set(Actor.of(officer), registrationId, jpeg.toByteArray());
    }

    @Test
    void a_batch_is_printed_in_the_background_and_the_desk_checks_the_person_in_once() {
        signIn(OFFICER, OFFICER_PASSWORD, "Welcome");

        driver.get(app.url("/registrations"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Photo']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-upload")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Choose a photo"));
        assertThat(driver.findElement(By.cssSelector("vaadin-dialog img")).getAttribute("src")).startsWith("data:image/jpeg;base64,");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("or drop a JPEG or PNG file here").doesNotContain("undefined");
        click(By.xpath("//vaadin-button[normalize-space(.)='Close']"));

        driver.get(app.url("/badges"));
        click(By.xpath("//vaadin-button[contains(., 'Print badges')]"));
        // Only the page's own polling can bring this link: nothing else talks to the server.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//a[contains(., 'Download PDF')]")));
        assertThat(Browser.screenshot(driver, "badge-batch-done")).exists();
        assertThat(bean(DelegateRegistration.class).find(
                Actor.of(bean(UserManagement.class).findByEmail(OFFICER).orElseThrow()), registrationId)
                .status()).isEqualTo(RegistrationStatus.BADGE_ISSUED);

        driver.get(app.url("/check-in"));
        WebElement field = input(By.cssSelector("vaadin-text-field input"));
        String token = bean(BadgeTokens.class).issue(new BadgeToken(registrationId, 1));
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
}
