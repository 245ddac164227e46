package org.convene.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.ConsultationObservation;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Editor;
import org.convene.consultations.Observation;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Consultations, their themes and observations on the real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationsTest extends ConsultationModuleTest {
    @Test
    void a_consultation_is_co_chaired_by_the_forum_chair_and_keeps_its_fields() {
        ConsultationView created = consultations.create(dhaka, colombo(List.of(mobility, diaspora)));

        ConsultationView read = consultations.consultation(created.id());
        assertThat(read.forumChairs()).containsExactly("BD");
        assertThat(read.process()).isEqualTo("Colombo Process");
        assertThat(read.participants()).containsExactly("LK", "BD", "NP");
        assertThat(read.participantCount()).isEqualTo(45);
        assertThat(read.themeIds()).containsExactly(mobility, diaspora);
        assertThat(read.themes().getFirst().resourcePersonId()).isEqualTo(amina);
        assertThat(consultations.list(dhaka)).extracting(ConsultationView::id).containsExactly(created.id());
        assertThat(consultations.list(berlin)).isEmpty();
    }

    @Test
    void a_fourth_theme_in_the_command_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> consultations.create(dhaka, colombo(List.of(mobility, diaspora, climate, recruitment))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("themeIds"));
        assertThat(sql.count("consultation_consultation")).isZero();
        assertThat(sql.count("consultation_theme")).isZero();
    }

    @Test
    void adding_a_fourth_theme_is_refused_with_a_conflict() {
        long id = consultations.create(dhaka, colombo(List.of(mobility, diaspora, climate))).id();

        assertThatThrownBy(() -> consultations.addTheme(id, recruitment)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.problem().code()).isEqualTo("consultation.themes.too-many"));
        assertThat(consultations.consultation(id).themeIds()).containsExactly(mobility, diaspora, climate);
    }

    @Test
    void a_theme_of_another_summit_is_refused_on_create_update_and_add() {
        assertThatThrownBy(() -> consultations.create(dhaka, colombo(List.of(berlinTheme)))).isInstanceOf(InvalidInputException.class);
        long id = consultations.create(dhaka, colombo(List.of(mobility))).id();
        assertThatThrownBy(() -> consultations.update(id, colombo(List.of(mobility, berlinTheme)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.addTheme(id, berlinTheme)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().getFirst().code()).isEqualTo("consultation.themes.other-summit"));
        assertThat(consultations.consultation(id).themeIds()).containsExactly(mobility);
    }

    @Test
    void an_end_date_before_the_start_is_refused() {
        ConsultationCommand backwards = new ConsultationCommand("Colombo Process", "Colombo", "LK", LocalDate.parse("2016-10-04"),
                LocalDate.parse("2016-10-03"), List.of(), null, List.of());
        assertThatThrownBy(() -> consultations.create(dhaka, backwards)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("endDate"));
    }

    @Test
    void removing_a_theme_by_update_deletes_its_observations() {
        long id = consultations.create(dhaka, colombo(List.of(mobility, diaspora))).id();
        consultations.saveObservations(OFFICE, id, mobility, "Mobility notes");
        consultations.saveObservations(OFFICE, id, diaspora, "Diaspora notes");

        consultations.update(id, colombo(List.of(diaspora)));

        assertThat(sql.count("consultation_observation")).isEqualTo(1);
        assertThat(consultations.observations(id, diaspora).source()).isEqualTo("Diaspora notes");
        assertThatThrownBy(() -> consultations.observations(id, mobility)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_resource_person_writes_their_theme_and_the_writer_and_time_are_kept() {
        long id = consultations.create(dhaka, colombo(List.of(mobility, diaspora))).id();

        Observation saved = consultations.saveObservations(new Editor(amina, false), id, mobility, "Skills **matter** <script>x()</script>");

        assertThat(saved.html()).isEqualTo("<p>Skills <strong>matter</strong> </p>");
        assertThat(saved.writtenBy()).isEqualTo(amina);
        assertThat(saved.writerName()).isEqualTo("أمينة بنعلي");
        assertThat(saved.writtenAt()).isNotNull();
        Observation edited = consultations.saveObservations(OFFICE, id, mobility, "Edited by the office");
        assertThat(edited.writtenBy()).isEqualTo(OFFICE.userId());
        assertThat(sql.count("consultation_observation")).isEqualTo(1);
    }

    @Test
    void a_resource_person_of_another_theme_and_a_lead_are_refused() {
        long id = consultations.create(dhaka, colombo(List.of(mobility, diaspora))).id();

        assertThatThrownBy(() -> consultations.saveObservations(new Editor(oleg, false), id, mobility, "Not mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.saveObservations(new Editor(lead, false), id, diaspora, "Not mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sql.count("consultation_observation")).isZero();
        assertThat(consultations.mayReadReport(new Editor(oleg, false), id)).isTrue();
        assertThat(consultations.mayReadReport(new Editor(lead, false), id)).isFalse();
    }

    @Test
    void observations_of_a_theme_not_taken_up_are_refused() {
        long id = consultations.create(dhaka, colombo(List.of(mobility))).id();
        assertThatThrownBy(() -> consultations.saveObservations(OFFICE, id, diaspora, "Elsewhere"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("themeId"));
    }

    @Test
    void the_summit_report_reads_observations_per_theme_by_consultation_date() {
        long colombo = consultations.create(dhaka, colombo(List.of(mobility))).id();
        long abuDhabi = consultations.create(dhaka, new ConsultationCommand("Abu Dhabi Dialogue", "Dubai", "AE",
                LocalDate.parse("2016-09-01"), LocalDate.parse("2016-09-02"), List.of("AE"), null, List.of(mobility, diaspora))).id();
        consultations.saveObservations(OFFICE, colombo, mobility, "From Colombo");
        consultations.saveObservations(OFFICE, abuDhabi, mobility, "From Abu Dhabi");

        var byTheme = consultations.observationsByTheme(dhaka);

        assertThat(byTheme.get(mobility)).extracting(ConsultationObservation::process).containsExactly("Abu Dhabi Dialogue", "Colombo Process");
        assertThat(byTheme.get(mobility).getFirst().html()).isEqualTo("<p>From Abu Dhabi</p>");
        assertThat(byTheme.get(diaspora)).isEmpty();
        assertThat(byTheme).containsOnlyKeys(mobility, diaspora, climate, recruitment);
    }

    @Test
    void deleting_a_consultation_deletes_its_themes_and_observations() {
        long id = consultations.create(dhaka, colombo(List.of(mobility))).id();
        consultations.saveObservations(OFFICE, id, mobility, "Notes");
        consultations.delete(id);
        assertThat(sql.count("consultation_theme")).isZero();
        assertThat(sql.count("consultation_observation")).isZero();
    }
}
