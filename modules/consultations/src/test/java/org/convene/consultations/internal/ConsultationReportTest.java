package org.convene.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.convene.consultations.Editor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The consultation report as PDF: any script, the reader's language, the allowed formatting as text. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationReportTest extends ConsultationModuleTest {
    @Test
    void the_report_prints_co_chairs_place_participants_and_arabic_and_cyrillic_observations_in_french() throws Exception {
        long id = consultations.create(dhaka, colombo(List.of(mobility, diaspora, climate))).id();
        consultations.saveObservations(new Editor(amina, false), id, mobility, "أمينة\n\n- first point\n- <script>bad()</script>second point");
        consultations.saveObservations(new Editor(oleg, false), id, diaspora, "Трудовая мобильность **важна**");

        String text = text(consultations.reportPdf(id, Locale.FRENCH));

        assertThat(text).contains("Consultation régionale : Colombo Process", "Coprésidence", "Bangladesh, Colombo Process",
                "Colombo, Sri Lanka", "3 octobre 2016", "Népal", "45", "Labour mobility", "first point", "second point",
                "Трудовая мобильность", "важна", "Aucune observation enregistrée.", "Enregistré par Олег Иванов")
                .doesNotContain("bad()", "script");
        // أمينة shaped into presentation forms and reversed for display: ﺔﻨﻴﻣﺃ
        assertThat(text).contains("\uFE94\uFEE8\uFEF4\uFEE3\uFE83").doesNotContain("\u0623\u0645\u064A\u0646\u0629");
    }

    @Test
    void labels_follow_the_language() throws Exception {
        long id = consultations.create(dhaka, colombo(List.of())).id();
        assertThat(text(consultations.reportPdf(id, new Locale("es")))).contains("Consulta regional: Colombo Process", "Estados participantes");
        assertThat(text(consultations.reportPdf(id, Locale.ENGLISH))).contains("Regional consultation: Colombo Process", "Participating states");
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                all.append(PdfTextExtractor.getTextFromPage(doc.getPage(page), new LocationTextExtractionStrategy())).append('\n');
            }
        }
        return all.toString();
    }
}
