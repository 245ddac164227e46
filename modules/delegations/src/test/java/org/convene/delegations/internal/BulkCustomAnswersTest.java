package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.GroupKind;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.ImportResult;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RowProblem;
import org.convene.delegations.SheetFormat;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A summit's extra questions in an uploaded file: columns named by their labels, answers checked as a nomination's. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkCustomAnswersTest extends DelegationsModuleTest {
    @Inject
    BulkRegistration bulk;
    @Inject
    CustomFields fields;
    private long civilSociety;
    private CustomFieldView visa;
    private CustomFieldView passport;

    @BeforeEach
    void aSummitThatAsksForVisaAndPassport() {
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        visa = fields.define(Actors.CHAIR_OFFICE, berlin, new CustomFieldCommand("Needs a visa letter", CustomFieldType.YES_NO, null, true, null, null));
        passport = fields.define(Actors.CHAIR_OFFICE, berlin,
                new CustomFieldCommand("Passport number", CustomFieldType.TEXT, null, true, visa.id(), "true"));
    }

    private static String row(String email, String visa, String passport) {
        return String.join(",", email, "Amina", "Diallo", "", "", "Migrants Network", "", "SN", "DE", "", "DELEGATE", "", "", visa, passport);
    }

    private static InputStream csv(String... rows) {
        String header = String.join(",", BulkRegistration.COLUMNS) + ",needs a VISA letter,Passport number";
        return new ByteArrayInputStream((header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void answers_are_read_from_the_question_columns_and_every_bad_one_is_reported_by_row() {
        ImportPreview preview = bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, SheetFormat.CSV,
                csv(row("a@ngo.example", "yes", "P123"), row("b@ngo.example", "yes", ""), row("c@ngo.example", "maybe", ""),
                        row("d@ngo.example", "no", "left over")));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code).containsExactlyInAnyOrder(
                tuple(3, "Passport number", "validation.required"),
                tuple(4, "Needs a visa letter", "custom-field.answer.yes-no"));
        assertThatThrownBy(() -> bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, SheetFormat.CSV,
                csv(row("a@ngo.example", "yes", "P123"), row("b@ngo.example", "yes", "")))).isInstanceOf(InvalidInputException.class);
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration")).isZero();
    }

    @Test
    void a_clean_file_stores_each_persons_answers_with_them() {
        ImportResult result = bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, SheetFormat.CSV,
                csv(row("a@ngo.example", "Oui", "P123"), row("d@ngo.example", "no", "left over")));

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        Map<String, Long> ids = new java.util.HashMap<>();
        registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all()).forEach(r -> ids.put(r.person().email(), r.id()));
        assertThat(fields.answers(Actors.CHAIR_OFFICE, ids.get("a@ngo.example")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(visa.id(), "true", passport.id(), "P123"));
        assertThat(fields.answers(Actors.CHAIR_OFFICE, ids.get("d@ngo.example"))).containsExactlyEntriesOf(Map.of(visa.id(), "false"));
    }

    @Test
    void a_file_without_the_question_columns_is_read_but_a_required_question_is_missed_on_each_row() {
        String header = String.join(",", BulkRegistration.COLUMNS);
        String line = String.join(",", "a@ngo.example", "Amina", "Diallo", "", "", "Migrants Network", "", "SN", "DE", "", "DELEGATE", "", "");
        ImportPreview preview = bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, SheetFormat.CSV,
                new ByteArrayInputStream((header + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code)
                .containsExactly(tuple(2, "Needs a visa letter", "validation.required"));
    }

    @Test
    void the_groups_template_has_a_column_for_each_question() {
        String template = new String(bulk.template(Actors.CIVIL_SOCIETY_LEAD, civilSociety, SheetFormat.CSV), StandardCharsets.UTF_8);

        assertThat(template.lines().findFirst().orElseThrow()).endsWith("dietaryNeeds,Needs a visa letter,Passport number");
        assertThat(List.of(template.lines().toArray())).hasSize(2);
    }
}
