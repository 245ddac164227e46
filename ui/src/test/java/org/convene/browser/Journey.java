package org.convene.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.convene.app.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every real-browser journey needs: the app with the chair office's account, a headless
 * Chromium whose downloads land in {@link #downloads}, a screenshot when a test fails, and the
 * moves a person makes on a Vaadin page. A subclass adds its own data in its own {@code @BeforeAll},
 * which runs after this one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Journey {
    static final String OFFICER = "officer@example.org";
    static final String OFFICER_PASSWORD = "officer-secret";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    protected TestApp app;
    protected WebDriver driver;
    protected WebDriverWait wait;
    protected Path downloads;

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
    void startAppAndBrowser() throws IOException {
        app = TestApp.start(Map.of("convene.admin.email", OFFICER, "convene.admin.password", OFFICER_PASSWORD));
        downloads = Files.createTempDirectory("convene-downloads");
        driver = Browser.start(Files.createTempDirectory("convene-chromium"), downloads);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @AfterAll
    void stopAppAndBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    protected <T> T bean(Class<T> type) {
        return app.context().getBean(type);
    }

    protected void signIn(String email, String password, String welcome) {
        driver.get(app.url("/login"));
        input(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        input(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), welcome));
    }

    protected WebElement input(By by) {
        return wait.until(ExpectedConditions.elementToBeClickable(by));
    }

    /**
     * Clicks once the element is clickable. Vaadin may re-render it meanwhile, so a stale element is
     * looked up again; a button below the fold of a long form in a dialog is scrolled to first, as a
     * user would.
     */
    protected void click(By by) {
        new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            try {
                element.click();
            } catch (ElementClickInterceptedException belowTheFold) {
                ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
            }
            return true;
        });
    }

    /** Waits for the text after something reloads the page: nodes found mid-reload belong to the old document. */
    protected void awaitAfterReload(String text) {
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** Waits for a finished PDF download (Chromium writes .crdownload until it is complete). */
    protected Path downloadedPdf() {
        return wait.until(d -> pdfIn(downloads));
    }

    private static Path pdfIn(Path dir) {
        try (Stream<Path> found = Files.list(dir)) {
            return found.filter(p -> p.getFileName().toString().endsWith(".pdf")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
