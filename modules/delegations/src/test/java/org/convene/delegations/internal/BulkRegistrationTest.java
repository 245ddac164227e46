package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.ImportPreview;
import org.convene.delegations.ImportResult;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.RowProblem;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Uploads of many people at once: checked row by row first, then saved whole or not at all. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkRegistrationTest extends DelegationsModuleTest {
    private static final String HEADER = String.join(",", BulkRegistration.COLUMNS);

    @Inject
    BulkRegistration bulk;
    @Inject
    BulkWrites writes;

    private static String row(String email, String given, String family, String role) {
        return String.join(",", email, given, family, "", "", "Migrants Network", "Dr", "SN", "DE", "female", role, "", "vegetarian");
    }

    private static final String GOOD = HEADER + "\n"
            + row("amina@example.org", "Amina", "Diallo", "HEAD_OF_DELEGATION") + "\n"
            + row("jonas@example.org", "Jonas", "Weber", "delegate") + "\n"
            + row("lea@example.org", "Léa", "Martin", "Adviser") + "\n";

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private long registrations() {
        return tables.number("SELECT COUNT(*) FROM delegation_registration");
    }

    @Test
    void a_good_file_previews_clean_and_confirms_every_row() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);

        ImportPreview preview = bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD));
        assertThat(preview).isEqualTo(new ImportPreview(3, List.of(), 3, 0));

        ImportResult result = bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD));
        assertThat(result).isEqualTo(new ImportResult(3, 0, 0));
        List<RegistrationView> stored = registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all());
        assertThat(stored).extracting(r -> r.person().email(), r -> r.person().role(), RegistrationView::status).containsExactly(
                tuple("amina@example.org", DelegateRole.HEAD_OF_DELEGATION, RegistrationStatus.NOMINATED),
                tuple("jonas@example.org", DelegateRole.DELEGATE, RegistrationStatus.NOMINATED),
                tuple("lea@example.org", DelegateRole.ADVISER, RegistrationStatus.NOMINATED));
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration_history")).isEqualTo(3);
        assertThat(registration.history(Actors.CHAIR_OFFICE, stored.getFirst().id()))
                .singleElement().satisfies(h -> assertThat(h.actorUserId()).isEqualTo(Actors.CIVIL_SOCIETY_LEAD.userId()));
    }

    @Test
    void every_bad_row_is_reported_with_its_row_and_field_and_nothing_is_saved() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        String file = HEADER + "\n"
                + row("amina@example.org", "Amina", "Diallo", "DELEGATE") + "\n"            // row 2: fine
                + row("not-an-email", "Jonas", "Weber", "DELEGATE") + "\n"                   // row 3: e-mail
                + row("lea@example.org", "", "Martin", "minister") + "\n"                   // row 4: given name, role
                + row("AMINA@example.org", "Amina", "Diallo", "DELEGATE") + "\n"            // row 5: repeated e-mail
                + String.join(",", "omar@example.org", "عمر", "الفاسي", "", "", "Org", "", "XX", "MA", "", "DELEGATE", "", "") + "\n";
                // row 6: Latin names missing, unknown nationality

        ImportPreview preview = bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file));

        assertThat(preview.rows()).isEqualTo(5);
        assertThat(preview.toCreate()).isEqualTo(1);
        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code).containsExactlyInAnyOrder(
                tuple(3, "email", "validation.email"),
                tuple(4, "givenName", "validation.required"),
                tuple(4, "role", SheetImport.UNKNOWN_VALUE),
                tuple(5, "email", SheetImport.REPEATED_EMAIL),
                tuple(6, "latinGivenName", "registration.latin-name.required"),
                tuple(6, "latinFamilyName", "registration.latin-name.required"),
                tuple(6, "nationality", "registration.country.unknown"));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file)));
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(7).anySatisfy(p -> assertThat(p.field()).isEqualTo("rows[3].email"));
        assertThat(registrations()).isZero();
    }

    @Test
    void uploading_the_same_file_again_creates_nobody_twice() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD));

        assertThat(bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD))).isEqualTo(new ImportPreview(3, List.of(), 0, 3));
        assertThat(bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD))).isEqualTo(new ImportResult(0, 0, 3));
        assertThat(registrations()).isEqualTo(3);
    }

    @Test
    void a_person_already_nominated_elsewhere_in_the_summit_is_skipped() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        nominate(group(GroupKind.BUSINESS, 10), "jonas@example.org");

        assertThat(bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD))).isEqualTo(new ImportResult(2, 0, 1));
        assertThat(registrations()).isEqualTo(3);
    }

    @Test
    void the_batch_stores_every_field_and_a_creation_line_at_the_clock_time() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(GOOD));

        RegistrationView amina = registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all()).getFirst();
        assertThat(amina.person()).isEqualTo(new org.convene.delegations.Person("Amina", "Diallo", null, null, "Migrants Network", "Dr",
                "SN", "DE", org.convene.delegations.Gender.FEMALE, "amina@example.org", DelegateRole.HEAD_OF_DELEGATION, null, "vegetarian"));
        assertThat(registration.history(Actors.CHAIR_OFFICE, amina.id())).singleElement().satisfies(h -> {
            assertThat(h.at()).isEqualTo(TestClock.START);
            assertThat(h.to()).isEqualTo(RegistrationStatus.NOMINATED);
        });
    }

    @Test
    void a_unique_key_hit_inside_the_batch_is_a_conflict_and_saves_nothing() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        // Stands for a nomination into another group that commits between the check and the insert.
        var twice = List.of(People.delegate("same@example.org"), People.delegate("same@example.org"));

        assertThatThrownBy(() -> writes.register(Actors.CHAIR_OFFICE, civilSociety, twice))
                .isInstanceOfSatisfying(org.convene.platform.ConflictException.class,
                        e -> assertThat(e.problem().code()).isEqualTo("registration.email.taken"));
        assertThat(registrations()).isZero();
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration_history")).isZero();
    }

    @Test
    void a_wrong_header_is_one_problem_of_the_file() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        String file = HEADER.replace("givenName", "firstName") + "\n" + row("amina@example.org", "Amina", "Diallo", "DELEGATE") + "\n";

        ImportPreview preview = bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file));

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.concernsFile()).isTrue();
            assertThat(p.code()).isEqualTo(SheetImport.COLUMNS);
            assertThat(p.message()).contains("unknown columns: firstName").contains("missing columns: givenName");
        });
        assertThatThrownBy(() -> bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file))).isInstanceOf(InvalidInputException.class);
        assertThat(registrations()).isZero();
    }

    @Test
    void header_names_are_read_in_any_case_and_order_after_a_byte_order_mark() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        String file = "\uFEFF" + HEADER.toUpperCase() + "\r\n" + row("amina@example.org", "Amina", "Diallo", "DELEGATE") + "\r\n";

        assertThat(bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file))).isEqualTo(new ImportPreview(1, List.of(), 1, 0));
    }

    @Test
    void an_empty_file_and_a_file_with_only_its_header_are_refused() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);

        for (String file : List.of("", "\uFEFF", HEADER + "\n")) {
            assertThat(bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file)).problems())
                    .extracting(RowProblem::row, RowProblem::code).containsExactly(tuple(RowProblem.FILE, Sheet.EMPTY));
            assertThatThrownBy(() -> bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file))).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_clearly() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        byte[] latin1 = (HEADER + "\n" + row("lea@example.org", "Léa", "Martin", "DELEGATE") + "\n").getBytes(StandardCharsets.ISO_8859_1);

        ImportPreview preview = bulk.preview(Actors.CIVIL_SOCIETY_LEAD, civilSociety, new ByteArrayInputStream(latin1));

        assertThat(preview.problems()).extracting(RowProblem::row, RowProblem::field, RowProblem::code)
                .containsExactly(tuple(RowProblem.FILE, RowProblem.FILE_FIELD, Sheet.NOT_UTF8));
        assertThatThrownBy(() -> bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, new ByteArrayInputStream(latin1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(registrations()).isZero();
    }

    @Test
    void arabic_and_chinese_names_come_back_as_written() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        String file = HEADER + "\n"
                + String.join(",", "omar@example.org", "عمر", "الفاسي", "Omar", "El Fassi", "جمعية المهاجرين", "", "MA", "MA", "male", "DELEGATE", "", "halal") + "\n"
                + String.join(",", "li@example.org", "丽", "王", "Li", "Wang", "移民网络", "", "CN", "CN", "", "ADVISER", "", "") + "\n";

        assertThat(bulk.confirm(Actors.CIVIL_SOCIETY_LEAD, civilSociety, csv(file))).isEqualTo(new ImportResult(2, 0, 0));

        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all()))
                .extracting(r -> r.person().givenName(), r -> r.person().familyName(), r -> r.person().latinFamilyName(), r -> r.person().organisation())
                .containsExactly(tuple("عمر", "الفاسي", "El Fassi", "جمعية المهاجرين"), tuple("丽", "王", "Wang", "移民网络"));
    }

    @Test
    void rows_beyond_the_places_go_to_the_waiting_list_in_file_order() {
        long germany = delegation("DE", 2, Map.of());

        assertThat(bulk.confirm(Actors.GERMAN_FOCAL_POINT, germany, csv(GOOD))).isEqualTo(new ImportResult(2, 1, 0));

        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all()))
                .extracting(r -> r.person().email(), RegistrationView::status, RegistrationView::waitlistPosition).containsExactly(
                        tuple("amina@example.org", RegistrationStatus.NOMINATED, null),
                        tuple("jonas@example.org", RegistrationStatus.NOMINATED, null),
                        tuple("lea@example.org", RegistrationStatus.WAITING_LIST, 1));
    }

    @Test
    void a_business_lead_cannot_import_into_the_civil_society_group() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);

        assertThatThrownBy(() -> bulk.preview(Actors.BUSINESS_LEAD, civilSociety, csv(GOOD))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bulk.confirm(Actors.BUSINESS_LEAD, civilSociety, csv(GOOD))).isInstanceOf(AccessDeniedException.class);
        assertThat(registrations()).isZero();
    }

    @Test
    void five_thousand_rows_preview_and_confirm() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 4_000);
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= 5_000; i++) {
            file.append(row("person" + i + "@example.org", "Given" + i, "Family" + i, "DELEGATE")).append('\n');
        }
        String text = file.toString();

        assertThat(bulk.preview(Actors.CHAIR_OFFICE, civilSociety, csv(text))).isEqualTo(new ImportPreview(5_000, List.of(), 5_000, 0));
        long start = System.nanoTime();
        ImportResult result = bulk.confirm(Actors.CHAIR_OFFICE, civilSociety, csv(text));
        System.out.printf("5,000-row confirm took %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(result).isEqualTo(new ImportResult(4_000, 1_000, 0));
        assertThat(registrations()).isEqualTo(5_000);
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration_history")).isEqualTo(5_000);
        assertThat(tables.number("SELECT MAX(waitlist_position) FROM delegation_registration")).isEqualTo(1_000);
    }
}
