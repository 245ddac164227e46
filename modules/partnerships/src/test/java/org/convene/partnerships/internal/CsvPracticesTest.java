package org.convene.partnerships.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.convene.partnerships.ImportProblem;
import org.junit.jupiter.api.Test;

/** Reading and checking import files, without a database. */
class CsvPracticesTest {
    static final String HEADER = "sdg_targets,name,period,location,aim,partners,source\n";

    static byte[] sample() {
        try (InputStream in = CsvPracticesTest.class.getResourceAsStream("/practices-sample.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CsvPractices.Parsed read(String text) {
        return CsvPractices.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_sample_file_has_six_practices_over_fifteen_lines_and_every_one_is_good() {
        CsvPractices.Parsed parsed = CsvPractices.read(sample());

        assertThat(new String(sample(), StandardCharsets.UTF_8).lines().count()).isEqualTo(16);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(6);
        assertThat(parsed.valid()).extracting(CsvPractices.Row::row).containsExactly(2, 3, 4, 5, 6, 7);
        Checked portugal = parsed.valid().get(3).practice();
        assertThat(portugal.name()).isEqualTo("GCM National Implementation Plan");
        assertThat(portugal.aim()).contains("5 fundamental axes:\n· Promotion of safe, orderly and regular migrations;")
                .endsWith("to systematize the country’s migration policy.");
        assertThat(portugal.sdgs()).extracting(Object::toString).containsExactly("8.7", "8.8", "10.7");
        assertThat(portugal.countryCode()).isEqualTo("PT");
        Checked saoPaulo = parsed.valid().get(1).practice();
        assertThat(saoPaulo.sdgs()).extracting(Object::toString).containsExactly("10", "11", "16", "17");
        assertThat(saoPaulo.countryCode()).isEqualTo("BR");
        assertThat(saoPaulo.partners()).isNull();
        assertThat(parsed.valid().get(4).practice().partners()).isEqualTo("UN Joint Migration and Development Initiative (JMDI)");
        assertThat(parsed.valid().get(5).practice().sdgs()).extracting(Object::toString).containsExactly("10.c");
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_change_nothing() {
        String text = "\uFEFF" + new String(sample(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        CsvPractices.Parsed parsed = read(text);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.valid()).hasSize(6);
        assertThat(parsed.valid().getFirst().practice().fingerprint())
                .isEqualTo(CsvPractices.read(sample()).valid().getFirst().practice().fingerprint());
    }

    @Test
    void bad_sdg_references_are_reported_for_their_rows_and_the_other_rows_stay_good() {
        CsvPractices.Parsed parsed = read(HEADER
                + "10.7,Good one,,Nepal,aim,,\n"
                + "18.2,Goal eighteen,,Nepal,aim,,\n"
                + "ten,Words,,Nepal,aim,,\n"
                + ",No reference,,Nepal,aim,,\n"
                + "\"8.8, 17\",Good two,,Nepal,aim,,\n");

        assertThat(parsed.valid()).extracting(CsvPractices.Row::row).containsExactly(2, 6);
        assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "sdg_targets", "sdg.invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "sdg_targets", "sdg.invalid"),
                org.assertj.core.groups.Tuple.tuple(5, "sdg_targets", "practice.sdg.required"));
        assertThat(parsed.problems().get(0).message()).isEqualTo("sdg_targets: '18.2' is not an SDG (1 to 17) or a target such as 10.7 or 10.c");
        assertThat(parsed.problems().get(1).message()).startsWith("sdg_targets: 'ten' is not an SDG");
    }

    @Test
    void every_problem_of_a_row_is_reported_not_only_the_first() {
        CsvPractices.Parsed parsed = read(HEADER + "99,,,Nepal,aim,,\n");

        assertThat(parsed.problems()).extracting(ImportProblem::column).containsExactlyInAnyOrder("name", "sdg_targets");
    }

    @Test
    void a_wrong_header_refuses_the_whole_file_on_row_one() {
        for (String header : List.of("sdg,name,period,location,aim,partners,source\n", "sdg_targets,name,period,location,aim,partners\n",
                "sdg_targets,name,period,location,aim,partners,source,extra\n", "sdg_targets,name,name,location,aim,partners,source\n")) {
            CsvPractices.Parsed parsed = read(header + "10.7,Good,,Nepal,aim,,\n");
            assertThat(parsed.valid()).isEmpty();
            assertThat(parsed.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(1);
                assertThat(p.code()).isEqualTo(CsvPractices.HEADER);
                assertThat(p.message()).contains("sdg_targets,name,period,location,aim,partners,source");
            });
        }
    }

    @Test
    void columns_may_come_in_another_order_and_any_case() {
        CsvPractices.Parsed parsed = read("Name,SDG_Targets,period,location,aim,partners,source\nRemit Hydro,10.c,,Nepal,aim,,\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.valid().getFirst().practice().name()).isEqualTo("Remit Hydro");
    }

    @Test
    void an_unclosed_quote_is_reported_on_its_row_and_the_rows_before_it_stay_good() {
        CsvPractices.Parsed parsed = read(HEADER
                + "10.7,First,,Nepal,\"an aim\nover two lines\",,\n"
                + "10.7,Second,,Nepal,\"never closed,,\n"
                + "11,Third,,Nepal,aim,,\n");

        assertThat(parsed.valid()).extracting(CsvPractices.Row::row).containsExactly(2);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.code()).isEqualTo(CsvPractices.UNCLOSED_QUOTE);
            assertThat(p.message()).contains("never closed");
        });
    }

    @Test
    void text_after_a_closing_quote_is_reported_on_its_row() {
        CsvPractices.Parsed parsed = read(HEADER + "10.7,First,,Nepal,aim,,\n\"10.7\"x,Second,,Nepal,aim,,\n");

        assertThat(parsed.valid()).hasSize(1);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.code()).isEqualTo(CsvPractices.MALFORMED);
        });
    }

    @Test
    void a_row_with_too_few_or_too_many_cells_is_reported() {
        CsvPractices.Parsed parsed = read(HEADER + "10.7,Short,,Nepal\n10.7,Long,,Nepal,aim,,,extra\n");

        assertThat(parsed.problems()).extracting(ImportProblem::row, ImportProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, CsvPractices.CELLS), org.assertj.core.groups.Tuple.tuple(3, CsvPractices.CELLS));
    }

    @Test
    void the_same_practice_twice_in_one_file_is_reported_on_the_second_row() {
        CsvPractices.Parsed parsed = read(HEADER + "10.7,Migra Empresas,,\"La Pintana, Chile\",aim,,\n"
                + "\n"
                + "8,migra-empresas ,,\"La Pintana,  CHILE\",another aim,,\n");

        assertThat(parsed.valid()).extracting(CsvPractices.Row::row).containsExactly(2);
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.code()).isEqualTo(CsvPractices.REPEATED);
            assertThat(p.message()).endsWith("as row 2");
        });
        assertThat(parsed.rows()).isEqualTo(2);
    }

    @Test
    void a_file_that_is_not_utf8_or_empty_is_refused_as_a_whole() {
        byte[] latin1 = (HEADER + "10.7,Café,,Nepal,aim,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(CsvPractices.read(latin1).problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(CsvPractices.NOT_UTF8));
        assertThat(CsvPractices.read(new byte[0]).problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(CsvPractices.EMPTY));
    }
}
