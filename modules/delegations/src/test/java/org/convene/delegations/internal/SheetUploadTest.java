package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.GroupKind;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.ImportResult;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RowProblem;
import org.convene.delegations.SheetFormat;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Excel workbooks and files that are no spreadsheet at all: read like CSV, refused clearly, nothing saved. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SheetUploadTest extends DelegationsModuleTest {
    @Inject
    BulkRegistration bulk;

    private static List<String> row(String email, String given, String family, String role) {
        return List.of(email, given, family, "", "", "Migrants Network", "Dr", "SN", "DE", "female", role, "", "vegetarian");
    }

    private static List<List<String>> rows(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(BulkRegistration.COLUMNS);
        all.addAll(List.of(rows));
        return all;
    }

    private ImportPreview preview(SheetFormat format, byte[] file) {
        return bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety(), format, new ByteArrayInputStream(file));
    }

    private long civilSociety() {
        return groups.list(Actors.CHAIR_OFFICE, berlin).stream().filter(g -> g.kind() == GroupKind.CIVIL_SOCIETY)
                .findFirst().map(g -> g.id()).orElseGet(() -> group(GroupKind.CIVIL_SOCIETY, 10));
    }

    private long registrations() {
        return tables.number("SELECT COUNT(*) FROM delegation_registration");
    }

    /** The file is refused with exactly this problem of the whole file, and confirming it saves nothing. */
    private void refusedAsAWhole(SheetFormat format, byte[] file, String code) {
        assertThat(preview(format, file).problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code)
                .containsExactly(tuple(RowProblem.FILE, RowProblem.FILE_FIELD, code));
        assertThatThrownBy(() -> bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety(), format, new ByteArrayInputStream(file)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(registrations()).isZero();
    }

    @Test
    void a_workbook_imports_like_a_csv_file_with_names_in_any_script() {
        byte[] xlsx = Workbooks.of(rows(row("amina@example.org", "Amina", "Diallo", "HEAD_OF_DELEGATION"),
                List.of("omar@example.org", "عمر", "الفاسي", "Omar", "El Fassi", "جمعية", "", "MA", "MA", "", "DELEGATE")));

        assertThat(preview(SheetFormat.XLSX, xlsx)).isEqualTo(new ImportPreview(2, List.of(), 2, 0));
        assertThat(bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety(), SheetFormat.XLSX, new ByteArrayInputStream(xlsx)))
                .isEqualTo(new ImportResult(2, 0, 0));
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all()))
                .extracting(r -> r.person().givenName(), r -> r.person().dietaryNeeds())
                .containsExactly(tuple("Amina", "vegetarian"), tuple("عمر", null));
    }

    @Test
    void bad_rows_of_a_workbook_are_reported_by_row_and_field() {
        byte[] xlsx = Workbooks.of(rows(row("amina@example.org", "Amina", "Diallo", "DELEGATE"),
                row("not-an-email", "Jonas", "Weber", "DELEGATE"),
                row("lea@example.org", "x".repeat(DelegationLimits.NAME_MAX + 1), "Martin", "DELEGATE")));

        ImportPreview preview = preview(SheetFormat.XLSX, xlsx);

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code)
                .containsExactlyInAnyOrder(tuple(3, "email", "validation.email"), tuple(4, "givenName", "validation.too-long"));
        assertThat(preview.toCreate()).isEqualTo(1);
    }

    @Test
    void text_that_looks_like_a_formula_is_kept_as_text_but_a_real_formula_is_refused() {
        List<String> formulaText = new ArrayList<>(row("eve@example.org", "=HYPERLINK(\"http://evil\",\"x\")", "Doe", "DELEGATE"));
        List<String> realFormula = new ArrayList<>(row("bob@example.org", "Bob", "Doe", "DELEGATE"));
        realFormula.set(5, "formula:CONCATENATE(\"Org\",\"A\")");

        ImportPreview preview = preview(SheetFormat.XLSX, Workbooks.of(rows(formulaText, realFormula)));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code)
                .containsExactly(tuple(3, "organisation", Sheet.FORMULA));
        String csv = String.join(",", BulkRegistration.COLUMNS) + "\n"
                + String.join(",", "eve@example.org", "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", "Doe", "", "", "Org", "", "SN", "DE", "", "DELEGATE", "", "") + "\n";
        bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety(), SheetFormat.CSV, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all()))
                .singleElement().satisfies(r -> assertThat(r.person().givenName()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")"));
    }

    @Test
    void a_workbook_with_wrong_columns_is_one_problem_of_the_file() {
        List<String> header = new ArrayList<>(BulkRegistration.COLUMNS);
        header.set(1, "firstName");
        byte[] xlsx = Workbooks.of(List.of(header, row("amina@example.org", "Amina", "Diallo", "DELEGATE")));

        assertThat(preview(SheetFormat.XLSX, xlsx).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(SheetImport.COLUMNS);
            assertThat(p.args()).containsExactly("firstName", "givenName", "–");
        });
        refusedAsAWhole(SheetFormat.XLSX, xlsx, SheetImport.COLUMNS);
    }

    @Test
    void a_file_named_xlsx_that_is_no_workbook_is_refused() {
        byte[] csv = (String.join(",", BulkRegistration.COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
        refusedAsAWhole(SheetFormat.XLSX, csv, Sheet.NOT_XLSX);
        // A zip, but not a workbook.
        refusedAsAWhole(SheetFormat.XLSX, zipWith("hello.txt", "hello"), Sheet.NOT_XLSX);
    }

    @Test
    void empty_files_and_a_workbook_with_only_its_header_are_refused() {
        refusedAsAWhole(SheetFormat.XLSX, new byte[0], Sheet.EMPTY);
        refusedAsAWhole(SheetFormat.XLSX, Workbooks.of(List.of()), Sheet.EMPTY);
        refusedAsAWhole(SheetFormat.XLSX, Workbooks.of(rows()), Sheet.EMPTY);
        refusedAsAWhole(SheetFormat.CSV, new byte[0], Sheet.EMPTY);
    }

    @Test
    void ten_megabytes_of_junk_are_refused_as_a_whole_in_either_format() {
        byte[] junk = new byte[(int) BulkRegistration.MAX_BYTES];
        new Random(42).nextBytes(junk);
        refusedAsAWhole(SheetFormat.CSV, junk, Sheet.NOT_UTF8);
        refusedAsAWhole(SheetFormat.XLSX, junk, Sheet.NOT_XLSX);

        byte[] asciiJunk = new byte[(int) BulkRegistration.MAX_BYTES];
        Random random = new Random(7);
        for (int i = 0; i < asciiJunk.length; i++) {
            asciiJunk[i] = (byte) (' ' + random.nextInt(90));
        }
        assertThat(preview(SheetFormat.CSV, asciiJunk).problems()).singleElement()
                .satisfies(p -> assertThat(p.concernsFile()).isTrue());

        byte[] tooLarge = new byte[(int) BulkRegistration.MAX_BYTES + 1];
        refusedAsAWhole(SheetFormat.CSV, tooLarge, Sheet.TOO_LARGE);
        refusedAsAWhole(SheetFormat.XLSX, tooLarge, Sheet.TOO_LARGE);
    }

    @Test
    void a_workbook_that_unpacks_to_too_much_is_refused_before_it_is_read() {
        byte[] bomb = zipWithBlanks("xl/worksheets/sheet1.xml", XlsxSheet.MAX_UNPACKED_BYTES + 1);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        refusedAsAWhole(SheetFormat.XLSX, bomb, Sheet.TOO_LARGE);
    }

    @Test
    void the_templates_name_every_column_and_their_example_previews_clean() {
        byte[] csv = bulk.template(SheetFormat.CSV);
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(preview(SheetFormat.CSV, csv)).isEqualTo(new ImportPreview(1, List.of(), 1, 0));

        byte[] xlsx = bulk.template(SheetFormat.XLSX);
        assertThat(Workbooks.sheetNames(xlsx)).containsExactly("registrations", "instructions");
        assertThat(preview(SheetFormat.XLSX, xlsx)).isEqualTo(new ImportPreview(1, List.of(), 1, 0));
        assertThat(Workbooks.cells(xlsx).getFirst()).extracting(c -> c.getText())
                .containsExactlyElementsOf(BulkRegistration.COLUMNS);
    }

    /** A small zip whose one entry unpacks to {@code size} spaces. */
    private static byte[] zipWithBlanks(String name, long size) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(out)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                byte[] blanks = new byte[1024 * 1024];
                java.util.Arrays.fill(blanks, (byte) ' ');
                for (long written = 0; written < size; written += blanks.length) {
                    zip.write(blanks, 0, (int) Math.min(blanks.length, size - written));
                }
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zipWith(String name, String text) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(out)) {
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
