package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.convene.summit.internal.History.command;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanshipValidationTest extends SummitModuleTest {
    static Stream<Arguments> invalidCommands() {
        return Stream.of(
                Arguments.of("no chairs", new ChairmanshipCommand(null, date("2016-01-01"), date("2016-12-31")), "chairs", "validation.required"),
                Arguments.of("an empty list of chairs", command(List.of(), "2016-01-01", "2016-12-31"), "chairs", "validation.required"),
                Arguments.of("six chairs", command(List.of("DE", "MA", "FR", "ES", "IT", "PT"), "2016-01-01", "2016-12-31"),
                        "chairs", "chairmanship.chairs.too-many"),
                Arguments.of("a lower-case code", command(List.of("de"), "2016-01-01", "2016-12-31"), "chairs", "chairmanship.chairs.unknown"),
                Arguments.of("an unknown code", command(List.of("XX"), "2016-01-01", "2016-12-31"), "chairs", "chairmanship.chairs.unknown"),
                Arguments.of("a three-letter code", command(List.of("DEU"), "2016-01-01", "2016-12-31"), "chairs", "chairmanship.chairs.unknown"),
                Arguments.of("a missing chair", new ChairmanshipCommand(Arrays.asList("DE", null), date("2016-01-01"), date("2016-12-31")),
                        "chairs", "chairmanship.chairs.unknown"),
                Arguments.of("a state twice", command(List.of("DE", "MA", "DE"), "2016-01-01", "2016-12-31"),
                        "chairs", "chairmanship.chairs.duplicate"),
                Arguments.of("no term start", new ChairmanshipCommand(List.of("BD"), null, date("2016-12-31")), "termStart", "validation.required"),
                Arguments.of("no term end", new ChairmanshipCommand(List.of("BD"), date("2016-01-01"), null), "termEnd", "validation.required"),
                Arguments.of("an end before the start", command(List.of("BD"), "2016-12-31", "2016-01-01"),
                        "termEnd", "chairmanship.term.end-before-start"));
    }

    @ParameterizedTest(name = "a chairmanship with {0} is refused")
    @MethodSource("invalidCommands")
    void an_invalid_chairmanship_is_refused_and_nothing_is_stored(String what, ChairmanshipCommand command, String field, String code) {
        Problem.invalid(() -> chairmanships.create(command), field, code);

        assertThat(tables.count("summit_chairmanship")).isZero();
        assertThat(tables.count("summit_chairmanship_chair")).isZero();
    }

    @ParameterizedTest(name = "an update to {0} is refused")
    @MethodSource("invalidCommands")
    void an_invalid_update_is_refused_and_leaves_the_chairmanship_as_it_was(String what, ChairmanshipCommand command, String field, String code) {
        ChairmanshipView bangladesh = chairmanships.create(History.BANGLADESH);

        Problem.invalid(() -> chairmanships.update(bangladesh.id(), command), field, code);

        assertThat(chairmanships.find(bangladesh.id())).contains(bangladesh);
        assertThat(tables.count("summit_chairmanship_chair")).isEqualTo(1);
    }

    @Test
    void every_problem_of_a_command_is_answered_at_once() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> chairmanships.create(new ChairmanshipCommand(List.of("de", "XX"), null, null)));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("chairs", "termStart", "termEnd");
        assertThat(refused.problems().getFirst().message()).contains("de, XX");
    }

    @Test
    void five_co_chairs_are_accepted() {
        ChairmanshipView five = chairmanships.create(command(List.of("DE", "MA", "FR", "ES", "IT"), "2016-01-01", "2016-12-31"));

        assertThat(five.chairs()).hasSize(5);
    }

    @Test
    void a_one_day_term_is_accepted() {
        ChairmanshipView oneDay = chairmanships.create(command(List.of("BD"), "2016-01-01", "2016-01-01"));

        assertThat(oneDay.termEnd()).isEqualTo(oneDay.termStart());
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
