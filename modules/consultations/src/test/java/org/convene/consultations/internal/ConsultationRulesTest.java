package org.convene.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.convene.consultations.ConsultationCommand;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The field rules without a database. */
class ConsultationRulesTest {
    private static final Set<Long> THEMES = Set.of(1L, 2L, 3L, 4L);

    @Test
    void three_themes_of_the_summit_pass() {
        ConsultationRules.check(command(LocalDate.parse("2016-10-03"), List.of(1L, 2L, 3L)), THEMES);
    }

    @Test
    void a_fourth_theme_is_refused_on_themeIds() {
        assertThat(fields(command(LocalDate.parse("2016-10-03"), List.of(1L, 2L, 3L, 4L)))).containsExactly("themeIds");
    }

    @Test
    void a_theme_of_another_summit_is_refused() {
        assertThatThrownBy(() -> ConsultationRules.check(command(LocalDate.parse("2016-10-03"), List.of(1L, 99L)), THEMES))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("consultation.themes.other-summit"));
    }

    @Test
    void an_end_before_the_start_is_refused_and_one_day_is_fine() {
        assertThat(fields(command(LocalDate.parse("2016-10-02"), List.of()))).containsExactly("endDate");
        ConsultationRules.check(command(LocalDate.parse("2016-10-03"), List.of()), THEMES);
    }

    @Test
    void every_missing_field_is_named_at_once() {
        assertThat(fields(new ConsultationCommand(" ", null, "XX", null, null, List.of("ZZ"), -1, List.of())))
                .containsExactly("process", "city", "countryCode", "startDate", "endDate", "participants", "participantCount");
    }

    private static List<String> fields(ConsultationCommand command) {
        try {
            ConsultationRules.check(command, THEMES);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    private static ConsultationCommand command(LocalDate end, List<Long> themes) {
        return new ConsultationCommand("Abu Dhabi Dialogue", "Dubai", "AE", LocalDate.parse("2016-10-03"), end, List.of("AE", "PH"), 30, themes);
    }
}
