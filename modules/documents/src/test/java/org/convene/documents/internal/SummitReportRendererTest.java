package org.convene.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.documents.Charts.Bar;
import org.convene.documents.ConsultationReport.Fact;
import org.convene.documents.RichText;
import org.convene.documents.SummitReport;
import org.convene.documents.SummitReport.Chapter;
import org.convene.documents.SummitReport.ChartKind;
import org.junit.jupiter.api.Test;

class SummitReportRendererTest {
    private static final String ARABIC_THEME = "محمد";
    private static final String ARABIC_PRINTED = "\uFEAA\uFEE4\uFEA4\uFEE3";

    @Test
    void the_contents_list_every_chapter_and_theme_with_the_page_it_starts_on() throws IOException {
        byte[] pdf = new ITextSummitReportRenderer().render(report());
        List<String> pages = pages(pdf);

        assertThat(pages.getFirst()).contains("Chair's summary: 14th Summit", "Contents");
        for (String entry : List.of("Themes", "Theme 1: Labour mobility", "Theme 2: " + ARABIC_PRINTED, "Theme 3: 气候与流离失所",
                "Participation", "By stakeholder group", "By gender")) {
            int listed = listedPage(pages.getFirst(), entry);
            assertThat(pages.get(listed - 1)).as("page %d starts %s", listed, entry).contains(entry);
            assertThat(pages.subList(1, listed - 1)).as("no earlier page holds %s", entry).noneMatch(p -> p.contains(entry));
            assertThat(pages.get(listed - 1)).as("page %d starts %s", listed, entry).contains(entry);
        }
    }

    @Test
    void every_page_is_numbered_n_of_all() throws IOException {
        List<String> pages = pages(new ITextSummitReportRenderer().render(report()));

        assertThat(pages.size()).isGreaterThan(5);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains((i + 1) + " / " + pages.size());
        }
    }

    @Test
    void sections_print_per_theme_in_any_script_and_the_charts_are_images() throws IOException {
        byte[] pdf = new ITextSummitReportRenderer().render(report());
        String all = String.join("\n", pages(pdf));

        assertThat(all).contains("Observations of the regional consultations", "Abu Dhabi Dialogue", "Workers keep their passports.",
                "RT 1.1 Fair recruitment", "Key messages", "Recruitment fees are never charged to workers.",
                "Ирина поддерживает реформу", "城市包容", ARABIC_PRINTED);
        assertThat(all).doesNotContain(ARABIC_THEME);
        assertThat(images(pdf)).isEqualTo(2);
    }

    private static SummitReport report() {
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(new Chapter("Themes", List.of(new SummitReport.Note("Towards a global social contract"))));
        chapters.add(theme("Theme 1: Labour mobility", "Recruitment fees are never charged to workers."));
        chapters.add(theme("Theme 2: " + ARABIC_THEME, "Ирина поддерживает реформу."));
        chapters.add(theme("Theme 3: 气候与流离失所", "城市包容"));
        List<Bar> groups = List.of(new Bar("State delegation", 1200), new Bar("Civil Society Mechanism", 300));
        chapters.add(new Chapter("Participation", List.of(
                new SummitReport.Heading("By stakeholder group", true),
                new SummitReport.Chart("By stakeholder group", ChartKind.BARS, groups),
                new SummitReport.Table(List.of(new Fact("State delegation", "1,200"), new Fact("Civil Society Mechanism", "300"))),
                new SummitReport.Heading("By gender", true),
                new SummitReport.Chart("By gender", ChartKind.PIE, List.of(new Bar("Female", 700), new Bar("Male", 800))))));
        return new SummitReport("Chair's summary: 14th Summit", List.of(new Fact("Place", "Geneva"), new Fact("Dates", "20–22 January 2024")),
                "Contents", chapters);
    }

    /** A theme long enough to take several pages, so the page numbers in the contents must be found, not guessed. */
    private static Chapter theme(String heading, String sentence) {
        List<SummitReport.Part> parts = new ArrayList<>();
        parts.add(new SummitReport.Heading("Observations of the regional consultations", false));
        parts.add(new SummitReport.Subheading("Abu Dhabi Dialogue"));
        parts.add(new SummitReport.Text(RichText.blocks(RichText.html("Workers keep their passports.\n\n- one\n- two"))));
        parts.add(new SummitReport.Heading("Roundtable outcomes", false));
        parts.add(new SummitReport.Subheading("RT 1.1 Fair recruitment"));
        parts.add(new SummitReport.Subheading("Key messages"));
        String paragraph = (sentence + " ").repeat(40);
        for (int i = 0; i < 25; i++) {
            parts.add(new SummitReport.Text(RichText.blocks(RichText.html(paragraph))));
        }
        return new Chapter(heading, parts);
    }

    /** The page named after an entry's dots in the contents. */
    private static int listedPage(String contents, String entry) {
        Matcher m = Pattern.compile(Pattern.quote(entry) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(contents);
        assertThat(m.find()).as("contents list %s with a page", entry).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static List<String> pages(byte[] bytes) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i), new LocationTextExtractionStrategy()));
            }
            return pages;
        }
    }

    private static int images(byte[] bytes) throws IOException {
        int count = 0;
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                PdfDictionary xObjects = pdf.getPage(i).getResources().getResource(PdfName.XObject);
                if (xObjects == null) {
                    continue;
                }
                for (PdfName name : xObjects.keySet()) {
                    PdfStream stream = xObjects.getAsStream(name);
                    if (PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
