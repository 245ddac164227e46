package org.convene.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.convene.programme.AgendaExports;
import org.convene.programme.SessionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The programme as PDF (any script, the reader's language) and as iCalendar. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaExportsTest extends ProgrammeModuleTest {
    @Inject
    AgendaExports exports;

    @Test
    void the_pdf_prints_cyrillic_titles_and_arabic_names_joined_in_visual_order_with_french_labels() throws Exception {
        programme.create(berlin, session("Трудовая мобильность", smallRoom, "28T09:00", "28T10:30", List.of(amina), List.of()));
        programme.create(berlin, session("Closing", plenaryHall, "29T16:00", "29T17:00", List.of(), List.of()));

        String whole = text(exports.programmePdf(berlin, null, Locale.FRENCH));
        assertThat(whole).contains("Трудовая мобильность", "Table ronde", "Présidence", "Closing", "mercredi 28 juin 2017");
        // أمينة shaped into presentation forms and reversed for display: ﺔﻨﻴﻣﺃ
        assertThat(whole).contains("\uFE94\uFEE8\uFEF4\uFEE3\uFE83").doesNotContain("\u0623\u0645\u064A\u0646\u0629");

        String oneDay = text(exports.programmePdf(berlin, LocalDate.parse("2017-06-29"), Locale.ENGLISH));
        assertThat(oneDay).contains("Closing", "Thursday, June 29, 2017").doesNotContain("Трудовая");
    }

    @Test
    void the_personal_pdf_says_what_the_person_does() throws Exception {
        programme.create(berlin, session("RT 2.1", smallRoom, "28T09:00", "28T10:30", List.of(), List.of(oleg)));

        assertThat(text(exports.personalPdf(oleg, new Locale("es")))).contains("Agenda personal", "Олег Иванов",
                "Usted interviene en esta sesión", "RT 2.1");
    }

    @Test
    void the_calendar_parses_back_with_uids_and_utc_times_of_the_venue_zone() throws Exception {
        programme.setTimeZone(berlin, "Europe/Berlin");
        SessionView opening = programme.create(berlin, session("Opening; welcome, and \"RT\" notes", plenaryHall, "28T09:00",
                "28T10:30", List.of(amina), List.of()));
        SessionView second = programme.create(berlin, session("Второй", smallRoom, "29T14:00", "29T15:00", List.of(), List.of()));

        String ics = exports.programmeCalendar(berlin, Locale.ENGLISH);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");

        assertThat(events).hasSize(2);
        VEvent first = events.stream().filter(e -> e.getUid().orElseThrow().getValue().equals(opening.uid())).findFirst().orElseThrow();
        assertThat(first.getSummary().getValue()).isEqualTo("Opening; welcome, and \"RT\" notes");
        assertThat(Instant.from(first.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2017-06-28T07:00:00Z"));
        assertThat(Instant.from(first.getDateTimeEnd().getDate())).isEqualTo(Instant.parse("2017-06-28T08:30:00Z"));
        assertThat(first.getLocation().getValue()).isEqualTo("Weltsaal");
        assertThat(ics).contains("UID:" + second.uid(), "DTSTART:20170628T070000Z", "Opening\\; welcome\\, and");
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
