package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.delegations.BulkRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.ErasureView;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.PersonalData;
import org.convene.delegations.PersonalDataExport;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.StatusChangeView;
import org.convene.platform.AccessDeniedException;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataTest extends DelegationsModuleTest {
    private static final Person LAYLA = new Person("ليلى", "الحسيني", "Layla", "Al-Husseini", "Arab Network for Migrants' Rights",
            "Director of Advocacy", "JO", "LB", Gender.FEMALE, "layla.husseini@example.org", DelegateRole.HEAD_OF_DELEGATION,
            "wheelchair access to the plenary", "halal");
    /** Every personal value of LAYLA, and the reason she is rejected with below. */
    private static final List<String> LAYLA_DATA = List.of("ليلى", "الحسيني", "Layla", "Husseini", "Arab Network", "Director of Advocacy",
            "LB", "layla.husseini", "wheelchair", "halal", "passport expired", "P-LAYLA-7781");

    @Inject
    PersonalData personalData;
    @Inject
    BulkRegistration bulk;
    @Inject
    org.convene.delegations.CustomFields customFields;
    @Inject
    org.convene.delegations.DelegatePhotos photos;
    private long civilSociety;

    /** Layla nominated with her answer to an extra question that holds personal data. */
    private long nominateLayla() {
        long passport = customFields.define(Actors.CHAIR_OFFICE, berlin, new org.convene.delegations.CustomFieldCommand("Passport number",
                org.convene.delegations.CustomFieldType.TEXT, null, false, null, null)).id();
        long id = registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, LAYLA, Map.of(passport, "P-LAYLA-7781")).id();
        photos.set(Actors.CIVIL_SOCIETY_LEAD, id, Images.jpeg(400, 500));
        return id;
    }

    @BeforeEach
    void aCivilSocietyGroupAndAnEmptyOutbox() {
        tables.update("DELETE FROM mail_outbox");
        tables.update("DELETE FROM delegation_erasure");
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
    }

    @Test
    void the_export_holds_the_person_the_group_and_the_whole_history_with_dates() {
        long id = nominateLayla();
        clock.advance(Duration.ofDays(2));
        registration.reject(Actors.CHAIR_OFFICE, id, "passport expired");

        PersonalDataExport export = personalData.export(Actors.CHAIR_OFFICE, id);

        assertThat(export.person()).isEqualTo(LAYLA);
        assertThat(export.registrationId()).isEqualTo(id);
        assertThat(export.summitId()).isEqualTo(berlin);
        assertThat(export.summitTitle()).isEqualTo("10th GFMD Summit");
        assertThat(export.group()).isEqualTo(new PersonalDataExport.ExportedGroup(civilSociety, GroupKind.CIVIL_SOCIETY, null, null));
        assertThat(export.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(export.registeredAt()).isEqualTo(TestClock.START);
        assertThat(export.erasedAt()).isNull();
        assertThat(export.customAnswers()).containsExactlyEntriesOf(Map.of("Passport number", "P-LAYLA-7781"));
        assertThat(java.util.Base64.getDecoder().decode(export.photoJpegBase64())).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(export.history()).extracting(StatusChangeView::to, StatusChangeView::actorUserId, StatusChangeView::at, StatusChangeView::reason)
                .containsExactly(
                        tuple(RegistrationStatus.NOMINATED, Actors.CIVIL_SOCIETY_LEAD.userId(), TestClock.START, null),
                        tuple(RegistrationStatus.REJECTED, Actors.CHAIR_OFFICE.userId(), TestClock.START.plus(Duration.ofDays(2)), "passport expired"));
    }

    @Test
    void an_erased_person_leaves_no_personal_data_in_any_delegations_table_and_the_counts_stay() throws Exception {
        long layla = nominateLayla();
        registration.reject(Actors.CHAIR_OFFICE, layla, "passport expired");
        long other = nominate(civilSociety, "amina@example.org").id();
        String countsBefore = countsByGroupStatusNationalityAndGender();
        Map<RegistrationStatus, Long> statusCountsBefore = registration.counts(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all());

        personalData.erase(Actors.CHAIR_OFFICE, layla);

        assertThat(personalDataFound(LAYLA_DATA)).isEmpty();
        assertThat(countsByGroupStatusNationalityAndGender()).isEqualTo(countsBefore);
        assertThat(registration.counts(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all())).isEqualTo(statusCountsBefore);
        assertThat(registration.history(Actors.CHAIR_OFFICE, layla)).hasSize(2);
        assertThat(registration.find(Actors.CHAIR_OFFICE, other).person().email()).isEqualTo("amina@example.org");
        PersonalDataExport erased = personalData.export(Actors.CHAIR_OFFICE, layla);
        assertThat(erased.erasedAt()).isEqualTo(TestClock.START);
        assertThat(erased.person().nationality()).isEqualTo("JO");
        assertThat(erased.person().gender()).isEqualTo(Gender.FEMALE);
        assertThat(erased.customAnswers()).isEmpty();
        assertThat(erased.photoJpegBase64()).isNull();
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_photo")).isZero();
    }

    @Test
    void after_erasure_the_same_address_may_register_again() {
        long first = nominate(civilSociety, "amina@example.org").id();
        personalData.erase(Actors.CHAIR_OFFICE, first);

        assertThat(nominate(civilSociety, "amina@example.org").status()).isEqualTo(RegistrationStatus.NOMINATED);
    }

    @Test
    void an_erasure_forgets_the_persons_queued_mails_and_no_new_mail_is_written_to_them() {
        long id = nominate(civilSociety, "amina@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        assertThat(tables.count("mail_outbox")).isEqualTo(1);

        personalData.erase(Actors.CHAIR_OFFICE, id);
        registration.markBadgeIssued(Actors.CHAIR_OFFICE, id);
        registration.withdraw(Actors.CHAIR_OFFICE, id);

        assertThat(tables.count("mail_outbox")).isZero();
    }

    @Test
    void an_erasure_is_audited_with_who_and_when_only() {
        long id = registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, LAYLA).id();
        clock.advance(Duration.ofHours(3));

        ErasureView erasure = personalData.erase(Actors.CHAIR_OFFICE, id);

        assertThat(personalData.erasures(Actors.CHAIR_OFFICE, berlin)).containsExactly(erasure);
        assertThat(erasure).isEqualTo(new ErasureView(erasure.id(), berlin, id, 1, Actors.CHAIR_OFFICE.userId(),
                TestClock.START.plus(Duration.ofHours(3))));
    }

    @Test
    void only_the_chair_office_exports_or_erases() {
        long id = registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, LAYLA).id();

        for (var actor : List.of(Actors.CIVIL_SOCIETY_LEAD, Actors.GERMAN_FOCAL_POINT, Actors.CHECK_IN_DESK, Actors.ATTENDEE)) {
            assertThatThrownBy(() -> personalData.export(actor, id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> personalData.erase(actor, id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> personalData.eraseSummit(actor, berlin)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(personalDataFound(LAYLA_DATA.subList(0, 10))).isNotEmpty();
        assertThat(tables.count("delegation_erasure")).isZero();
    }

    @Test
    void a_summit_without_a_retention_date_is_not_erased_in_bulk() {
        nominate(civilSociety, "amina@example.org");

        Problem.conflict(() -> personalData.eraseSummit(Actors.CHAIR_OFFICE, berlin), "retentionDate", "erasure.retention.not-set");
        assertThat(personalDataFound(List.of("amina@example.org"))).isNotEmpty();
    }

    @Test
    void a_summit_is_erased_in_bulk_only_after_its_retention_date() {
        registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, LAYLA);
        long approved = nominate(civilSociety, "amina@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, approved);
        long elsewhere = otherSummitWithOneDelegate();
        keepUntil(LocalDate.parse("2017-07-31"));
        String countsBefore = countsByGroupStatusNationalityAndGender();

        clock.set(Instant.parse("2017-07-31T23:59:00Z"));
        Problem.conflict(() -> personalData.eraseSummit(Actors.CHAIR_OFFICE, berlin), "retentionDate", "erasure.retention.not-over");
        assertThat(personalDataFound(List.of("amina@example.org"))).isNotEmpty();

        clock.set(Instant.parse("2017-08-01T00:00:00Z"));
        ErasureView erasure = personalData.eraseSummit(Actors.CHAIR_OFFICE, berlin);

        assertThat(erasure.registrations()).isEqualTo(2);
        assertThat(erasure.registrationId()).isNull();
        assertThat(personalDataFound(LAYLA_DATA.subList(0, 10))).isEmpty();
        assertThat(personalDataFound(List.of("amina@example.org", "Amina", "Diallo", "Migrants Network", "vegetarian"))).isEmpty();
        assertThat(countsByGroupStatusNationalityAndGender()).isEqualTo(countsBefore);
        assertThat(registration.find(Actors.CHAIR_OFFICE, elsewhere).person().email()).isEqualTo("omar@example.org");
        assertThat(personalData.eraseSummit(Actors.CHAIR_OFFICE, berlin).registrations()).as("nothing left to erase").isZero();
    }

    @Test
    void five_thousand_registrations_of_a_summit_are_erased_in_one_go() {
        long mayors = group(GroupKind.MAYORS, 4_000);
        StringBuilder file = new StringBuilder(String.join(",", BulkRegistration.COLUMNS)).append('\n');
        for (int i = 1; i <= 5_000; i++) {
            file.append(String.join(",", "mayor" + i + "@example.org", "Given" + i, "Family" + i, "", "", "City " + i, "Mayor",
                    "SN", "DE", "female", "DELEGATE", "step-free access", "vegetarian")).append('\n');
        }
        bulk.confirm(Actors.CHAIR_OFFICE, mayors, new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
        keepUntil(LocalDate.parse("2017-07-31"));
        clock.set(Instant.parse("2017-08-01T00:00:00Z"));
        String countsBefore = countsByGroupStatusNationalityAndGender();

        long start = System.nanoTime();
        ErasureView erasure = personalData.eraseSummit(Actors.CHAIR_OFFICE, berlin);
        System.out.printf("erasing 5,000 registrations took %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(erasure.registrations()).isEqualTo(5_000);
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration WHERE erased_at IS NULL OR email LIKE '%example.org'"
                + " OR given_name <> '' OR organisation <> '' OR dietary_needs IS NOT NULL")).isZero();
        assertThat(countsByGroupStatusNationalityAndGender()).isEqualTo(countsBefore);
    }

    private void keepUntil(LocalDate retention) {
        SummitView s = summits.find(berlin).orElseThrow();
        summits.update(berlin, new SummitCommand(s.chairmanshipId(), s.title(), s.edition(), s.city(), s.venue(), s.startDate(),
                s.endDate(), s.overarchingTheme(), retention));
    }

    private long otherSummitWithOneDelegate() {
        SummitView s = summits.find(berlin).orElseThrow();
        long marrakesh = summits.create(new SummitCommand(s.chairmanshipId(), "11th GFMD Summit", 11, "Marrakesh", "Palais",
                LocalDate.parse("2018-12-05"), LocalDate.parse("2018-12-07"), null)).id();
        long mayors = groups.create(Actors.CHAIR_OFFICE, marrakesh,
                new org.convene.delegations.GroupCommand(GroupKind.MAYORS, null, null, 5, Map.of())).id();
        return registration.nominate(Actors.CHAIR_OFFICE, mayors, new Person("Omar", "Haddad", null, null, "City of Amman", null,
                "JO", "JO", null, "omar@example.org", DelegateRole.DELEGATE, null, null)).id();
    }

    private String countsByGroupStatusNationalityAndGender() {
        StringBuilder counts = new StringBuilder();
        try (Connection c = tables.connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT group_id, status, role, nationality, gender, COUNT(*) FROM delegation_registration"
                     + " GROUP BY group_id, status, role, nationality, gender ORDER BY 1, 2, 3, 4, 5")) {
            while (r.next()) {
                counts.append(r.getLong(1)).append(' ').append(r.getString(2)).append(' ').append(r.getString(3)).append(' ')
                        .append(r.getString(4)).append(' ').append(r.getString(5)).append(' ').append(r.getLong(6)).append('\n');
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return counts.toString();
    }

    /**
     * Every text column of every delegations table (read from the schema, so a column added later is
     * searched too) that holds one of the values: "table.column: value".
     */
    private List<String> personalDataFound(List<String> values) {
        List<String> found = new ArrayList<>();
        try (Connection c = tables.connection(); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name LIKE 'delegation%'"
                    + " AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext')")) {
                while (r.next()) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(10);
            for (String[] column : columns) {
                for (String value : values) {
                    try (var p = c.prepareStatement("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " LIKE ?")) {
                        p.setString(1, "%" + value + "%");
                        try (ResultSet r = p.executeQuery()) {
                            r.next();
                            if (r.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + ": " + value);
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
