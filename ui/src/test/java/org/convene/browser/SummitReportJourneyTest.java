package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.Sql;
import org.convene.ui.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The summit report in a real headless Chromium: the chair office opens the summit report page,
 * sees what will go in, downloads the PDF (made in the background behind a progress bar) and finds
 * the published outcome in it; then it looks the outcome up in the thematic recollection by SDG.
 */
class SummitReportJourneyTest extends Journey {
    private long summit;

    @BeforeAll
    void aSummitWithAPublishedOutcome() {
        summit = Fixtures.summit(app.context(), "MA", "11th GFMD Summit", 11, "Marrakesh", "Palais des Congrès",
                LocalDate.of(2018, 12, 5), LocalDate.of(2018, 12, 7));
        long theme = bean(SummitSetup.class).addTheme(summit, new ThemeCommand("Labour mobility", null, null)).id();
        long roundtable = bean(Roundtables.class).create(summit, new RoundtableCommand(theme, "Ethical recruitment",
                RoundtableFormat.ROUNDTABLE, 30, List.of("MA"), List.of(), List.of())).id();
        new Sql(bean(DataSource.class)).update("""
                INSERT INTO roundtable_outcome (roundtable_id, status, key_messages, key_messages_html, recommendations, recommendations_html,
                    practices, practices_html, sdg_targets, revision, updated_by, updated_at, published_at)
                VALUES (%d, 'PUBLISHED', 'Zero fees for workers.', '<p>Zero fees for workers.</p>', '', '', '', '', '10.7', 1, 1,
                    NOW(), NOW())""".formatted(roundtable));
    }

    @Test
    void the_chair_office_downloads_the_summit_report_and_recollects_the_outcome_by_sdg() throws Exception {
        signIn(OFFICER, OFFICER_PASSWORD, "Welcome, Chair office");
        click(By.xpath("//vaadin-side-nav-item[contains(., 'Summit report')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summit-report-summary"),
                "Published roundtable outcomes: 1 of 1 roundtables"));
        Browser.screenshot(driver, "summit-report");
        click(By.id("summit-report-download"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summit-report-file")));

        Path pdf = downloadedPdf();
        assertThat(pdf.getFileName().toString()).isEqualTo("summit-report-" + summit + ".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(i)));
            }
            assertThat(text).contains("Chair's summary: 11th GFMD Summit", "RT 1.1 Ethical recruitment", "Zero fees for workers.");
        }

        click(By.xpath("//vaadin-side-nav-item[contains(., 'Thematic recollection')]"));
        input(By.cssSelector("#sdg input")).sendKeys("10", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recollection-results"), "Zero fees for workers."));
        assertThat(driver.findElement(By.id("recollection-results")).getText()).contains("2018", "RT 1.1 Ethical recruitment");
        Browser.screenshot(driver, "recollection");
    }
}
