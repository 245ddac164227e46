package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Platform for Partnerships in a real headless Chromium: the chair office imports the sample
 * file with one bad row appended and reads the row's problem; a visitor who is not signed in then
 * filters by goal (with its count) and by one target, and opens a practice.
 */
class PartnershipsJourneyTest extends Journey {
    private Path file;

    @BeforeAll
    void theSampleWithABadRow() throws IOException {
        byte[] sample;
        try (InputStream in = PartnershipsJourneyTest.class.getResourceAsStream("/org/convene/app/demo/practices-sample.csv")) {
            sample = in.readAllBytes();
        }
        String text = new String(sample, StandardCharsets.UTF_8) + "18.2,Goal eighteen,,Nepal,An aim,,\n";
        file = Files.writeString(Files.createTempDirectory("convene-pfp").resolve("practices.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void the_chair_office_imports_and_a_visitor_filters_by_goal_and_target() {
        signIn(OFFICER, OFFICER_PASSWORD, "Welcome");
        driver.get(app.url("/partnerships"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The catalogue has no practice yet."));
        click(By.xpath("//vaadin-button[contains(., 'Import CSV')]"));
        upload(file);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("practice-import-result"),
                "6 practices imported, 0 already in the catalogue, 1 rows with problems."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "(18.2)"));
        Browser.screenshot(driver, "partnerships-import-report");

        driver.manage().deleteAllCookies();
        driver.get(app.url("/partnerships"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pfp-count"), "Practices found: 6"));
        click(By.id("pfp-goal"));
        click(By.xpath("//vaadin-select-item[contains(., '10 · Reduced inequalities (4)')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pfp-count"), "Practices found: 4"));

        input(By.cssSelector("#pfp-target input")).sendKeys("10.7", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pfp-count"), "Practices found: 2"));
        click(By.xpath("//vaadin-details[contains(., 'GCM National Implementation Plan')]//vaadin-details-summary"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "5 fundamental axes"));
        List<WebElement> names = driver.findElements(By.className("practice-name"));
        assertThat(names).extracting(WebElement::getText).containsExactly("GCM National Implementation Plan", "Skilled Workers Immigration Law");
        Browser.screenshot(driver, "partnerships-visitor");
    }

    /** As a person choosing a file: the upload's file input takes the path. */
    private void upload(Path path) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("practice-upload")));
        List<WebElement> inputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inputs.getFirst();
        input.sendKeys(path.toAbsolutePath().toString());
    }
}
