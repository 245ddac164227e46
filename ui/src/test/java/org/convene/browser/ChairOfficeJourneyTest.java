package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A chair-office officer in a real headless Chromium: signs in, creates the German-Moroccan
 * co-chairmanship and its summit, and sees the summit's troika. A screenshot is kept on failure.
 */
class ChairOfficeJourneyTest extends Journey {

    @BeforeAll
    void chairmanshipsBeforeAndAfter() {
        ChairmanshipManagement chairmanships = bean(ChairmanshipManagement.class);
        chairmanships.create(new ChairmanshipCommand(List.of("BD"), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)));
        chairmanships.create(new ChairmanshipCommand(List.of("EC"), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)));
    }

    @Test
    void officer_signs_in_creates_a_co_chairmanship_and_its_summit_and_sees_the_troika() {
        signIn(OFFICER, OFFICER_PASSWORD, "Welcome, Chair office");

        driver.get(app.url("/chairmanships"));
        click(By.xpath("//vaadin-button[contains(., 'New chairmanship')]"));
        pick(By.cssSelector("#chairs input"), "Germany");
        pick(By.cssSelector("#chairs input"), "Morocco");
        date("termStart", "1/1/2017");
        date("termEnd", "12/31/2018");
        click(By.id("save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "Germany · Morocco"));

        driver.get(app.url("/summits"));
        click(By.xpath("//vaadin-button[contains(., 'New summit')]"));
        pick(By.cssSelector("#chairmanshipId input"), "Germany");
        input(By.cssSelector("#title input")).sendKeys("11th GFMD Summit");
        input(By.cssSelector("#city input")).sendKeys("Berlin");
        input(By.cssSelector("#venue input")).sendKeys("Federal Foreign Office");
        date("startDate", "6/28/2017");
        date("endDate", "6/30/2017");
        click(By.id("save"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Troika"));
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("11th GFMD Summit", "Previous chair", "Bangladesh", "Germany · Morocco", "Ecuador");
        Path shot = Browser.screenshot(driver, "summit-overview");
        assertThat(shot).exists();
    }

    /** Types into a combo box and clicks the item that matches, as a mouse user would. */
    private void pick(By by, String text) {
        WebElement field = input(by);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        By item = By.xpath("//*[self::vaadin-combo-box-item or self::vaadin-multi-select-combo-box-item][contains(., '" + text + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        if (!driver.findElements(By.cssSelector("vaadin-multi-select-combo-box[opened]")).isEmpty()) {
            // A multi-select stays open for more picks; a single combo box has closed already, and
            // Escape would then close the dialog.
            field.sendKeys(Keys.ESCAPE);
        }
    }

    private void date(String id, String typed) {
        WebElement field = input(By.cssSelector("#" + id + " input"));
        field.click();
        field.sendKeys(typed, Keys.ENTER);
    }
}
