package org.convene.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;
import org.convene.reports.ReportContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitReportsTest extends ReportModuleTest {
    @Test
    void published_outcomes_print_under_their_theme_and_outcomes_not_yet_published_do_not() throws IOException {
        outcome(roundtable(berlin, mobility, "Fair recruitment"), "PUBLISHED", "Recruitment fees are **never** charged to workers.",
                "1. Ratify the conventions\n2. Inspect agencies", "The *Employer Pays* principle run by Canada.", "10.7, 8.8");
        outcome(roundtable(berlin, mobility, "Skills partnerships"), "APPROVED", "A sentence still under review.", "", "", "");
        roundtable(berlin, chineseTheme, "Planned relocation");

        String text = text(reports.pdf(OFFICE, berlin));

        assertThat(text).contains("Theme 1: Labour mobility", "RT 1.1 Fair recruitment", "Key messages",
                "Recruitment fees are never charged to workers.", "Policy recommendations", "1. Ratify the conventions",
                "SDG targets: 10.7, 8.8", "Practices announced", "Employer Pays principle run by Canada.");
        assertThat(text).doesNotContain("Skills partnerships", "A sentence still under review.");
        // The contents and the themes chapter name the themes first; the last mention is each theme's own chapter.
        assertThat(text.indexOf("Recruitment fees")).isBetween(text.lastIndexOf("Theme 1: Labour mobility"), text.lastIndexOf("Theme 2:"));
        ReportContents contents = reports.contents(OFFICE, berlin);
        assertThat(contents.roundtables()).isEqualTo(3);
        assertThat(contents.publishedOutcomes()).isEqualTo(1);
        assertThat(contents.themes()).isEqualTo(3);
    }

    @Test
    void observations_print_per_theme_and_nobody_who_spoke_wrote_or_took_part_is_named() throws IOException {
        observations(berlin, mobility, "Colombo Process", LocalDate.parse("2017-03-01"), "Workers should keep their passports.");
        observations(berlin, mobility, "Abu Dhabi Dialogue", LocalDate.parse("2017-04-01"), "Digital recruitment platforms help.");
        outcome(roundtable(berlin, mobility, "Fair recruitment"), "PUBLISHED", "Fees are never charged.", "", "", "");
        participants(berlin, GroupKind.STATE_DELEGATION, null, List.of(
                ReportModuleTest.person("Olena", "Kovalenko", "UA", Gender.FEMALE)));

        String text = text(reports.pdf(OFFICE, berlin));

        assertThat(text).contains("Observations of the regional consultations", "Colombo Process", "Workers should keep their passports.",
                "Abu Dhabi Dialogue", "Digital recruitment platforms help.");
        assertThat(text.indexOf("Colombo Process")).isLessThan(text.indexOf("Abu Dhabi Dialogue"));
        assertThat(text).doesNotContain("Amina", "Haddad", "Olena", "Kovalenko", "Recorded by", "@example.org");
        assertThat(reports.contents(OFFICE, berlin).consultationsWithObservations()).isEqualTo(2);
    }

    @Test
    void participation_is_counted_by_group_region_and_gender_with_a_chart_each() throws IOException {
        participants(berlin, GroupKind.STATE_DELEGATION, null, List.of(person("Anna", "Schmidt", "DE", Gender.FEMALE),
                person("Jonas", "Weber", "DE", Gender.MALE)));
        participants(berlin, GroupKind.CIVIL_SOCIETY, null, List.of(person("Fatou", "Diallo", "SN", Gender.FEMALE)));

        byte[] pdf = reports.pdf(OFFICE, berlin);
        String text = text(pdf);

        assertThat(text).contains("Accredited participants: 3", "By stakeholder group", "State delegations", "Civil Society Mechanism",
                "By region", "Europe", "Africa", "By gender", "Women", "Men");
        assertThat(images(pdf)).isEqualTo(3);
        assertThat(reports.contents(OFFICE, berlin).participants()).isEqualTo(3);
    }

    @Test
    void the_report_prints_in_the_summits_language_with_themes_in_their_own_scripts() throws Exception {
        summits.setLanguage(berlin, "fr");
        String french = text(reports.pdf(OFFICE, berlin));
        summits.setLanguage(berlin, "es");
        String spanish = text(reports.pdf(OFFICE, berlin));

        assertThat(french).contains("Résumé de la présidence : 10th GFMD Summit", "Table des matières", "Thème général et thèmes",
                "Allemagne", "Participation");
        assertThat(spanish).contains("Resumen de la presidencia: 10th GFMD Summit", "Índice", "Alemania");
        // Arabic prints shaped (joined presentation forms, in visual order), Chinese as it is written.
        assertThat(spanish).contains("Tema 2:", shaped("الهجرة"), shaped("والتنمية"), "Tema 3: 气候与流离失所").doesNotContain("الهجرة");
    }

    @Test
    void only_the_chair_office_makes_the_report_and_an_unknown_summit_is_not_found() {
        Actor rapporteur = new Actor(amina, List.of(RoleGrant.of(Role.RAPPORTEUR), RoleGrant.of(Role.RESOURCE_PERSON)));

        assertThatThrownBy(() -> reports.pdf(rapporteur, berlin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.contents(rapporteur, berlin)).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.mayMake(rapporteur)).isFalse();
        assertThat(reports.mayMake(OFFICE)).isTrue();
        assertThatThrownBy(() -> reports.pdf(OFFICE, quito + 1000)).isInstanceOf(NotFoundException.class);
    }

    /** What a correctly printed Arabic word extracts as: shaped, then in visual order. */
    private static String shaped(String word) throws Exception {
        String forms = new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE
                | com.ibm.icu.text.ArabicShaping.TEXT_DIRECTION_LOGICAL | com.ibm.icu.text.ArabicShaping.LENGTH_GROW_SHRINK).shape(word);
        return new com.ibm.icu.text.Bidi(forms, com.ibm.icu.text.Bidi.LEVEL_DEFAULT_LTR).writeReordered(com.ibm.icu.text.Bidi.DO_MIRRORING);
    }

    static String text(byte[] bytes) throws IOException {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(pdf.getPage(i), new LocationTextExtractionStrategy()));
            }
            return String.join("\n", pages);
        }
    }

    private static int images(byte[] bytes) throws IOException {
        int count = 0;
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                var xObjects = pdf.getPage(i).getResources().getResource(PdfName.XObject);
                if (xObjects != null) {
                    for (PdfName name : xObjects.keySet()) {
                        if (PdfName.Image.equals(xObjects.getAsStream(name).getAsName(PdfName.Subtype))) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }
}
