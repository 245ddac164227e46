package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitLimits;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitValidationTest extends SummitModuleTest {
    private static final LocalDate START = LocalDate.parse("2017-06-28");
    private static final LocalDate END = LocalDate.parse("2017-06-30");

    private long germanyMorocco;

    @BeforeEach
    void oneChairmanship() {
        germanyMorocco = createGermanyMorocco();
    }

    /** Each case turns a valid Berlin summit of the given chairmanship into an invalid one. */
    static Stream<Arguments> invalidSummits() {
        return Stream.of(
                invalid("no chairmanship", id -> new SummitCommand(null, "Summit", 10, "Berlin", "Hall", START, END, null),
                        "chairmanshipId", "validation.required"),
                invalid("an unknown chairmanship", id -> new SummitCommand(id + 1000, "Summit", 10, "Berlin", "Hall", START, END, null),
                        "chairmanshipId", "summit.chairmanship.unknown"),
                invalid("a blank title", id -> new SummitCommand(id, "  ", 10, "Berlin", "Hall", START, END, null), "title", "validation.required"),
                invalid("a too long title", id -> new SummitCommand(id, "x".repeat(SummitLimits.TITLE_MAX + 1), 10, "Berlin", "Hall", START, END, null),
                        "title", "validation.too-long"),
                invalid("no city", id -> new SummitCommand(id, "Summit", 10, null, "Hall", START, END, null), "city", "validation.required"),
                invalid("a too long city", id -> new SummitCommand(id, "Summit", 10, "б".repeat(SummitLimits.CITY_MAX + 1), "Hall", START, END, null),
                        "city", "validation.too-long"),
                invalid("no venue", id -> new SummitCommand(id, "Summit", 10, "Berlin", "", START, END, null), "venue", "validation.required"),
                invalid("a too long venue", id -> new SummitCommand(id, "Summit", 10, "Berlin", "v".repeat(SummitLimits.VENUE_MAX + 1), START, END, null),
                        "venue", "validation.too-long"),
                invalid("a too long overarching theme", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall", START, END,
                        "t".repeat(SummitLimits.OVERARCHING_THEME_MAX + 1)), "overarchingTheme", "validation.too-long"),
                invalid("edition 0", id -> new SummitCommand(id, "Summit", 0, "Berlin", "Hall", START, END, null), "edition", "summit.edition.range"),
                invalid("an edition above the limit", id -> new SummitCommand(id, "Summit", SummitLimits.EDITION_MAX + 1, "Berlin", "Hall",
                        START, END, null), "edition", "summit.edition.range"),
                invalid("no start date", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall", null, END, null), "startDate", "validation.required"),
                invalid("no end date", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall", START, null, null), "endDate", "validation.required"),
                invalid("an end before the start", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall", END, START, null),
                        "endDate", "summit.dates.end-before-start"),
                invalid("personal data kept only until before the end", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall", START, END,
                        null, END.minusDays(1)), "retentionDate", "summit.retention.before-end"),
                invalid("a start before the term", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall",
                        LocalDate.parse("2016-12-31"), END, null), "startDate", "summit.dates.outside-term"),
                invalid("an end after the term", id -> new SummitCommand(id, "Summit", 10, "Berlin", "Hall",
                        LocalDate.parse("2018-12-30"), LocalDate.parse("2019-01-02"), null), "endDate", "summit.dates.outside-term"));
    }

    @ParameterizedTest(name = "a summit with {0} is refused")
    @MethodSource("invalidSummits")
    void an_invalid_summit_is_refused_and_nothing_is_stored(String what, Function<Long, SummitCommand> command, String field, String code) {
        Problem.invalid(() -> summits.create(command.apply(germanyMorocco)), field, code);

        assertThat(tables.count("summit_summit")).isZero();
    }

    @Test
    void dates_outside_the_term_are_refused_with_the_term_in_the_message() {
        FieldProblem problem = Problem.invalid(() -> summits.create(new SummitCommand(germanyMorocco, "Summit", null, "Quito", "Hall",
                LocalDate.parse("2019-01-10"), LocalDate.parse("2019-01-12"), null)), "startDate", "summit.dates.outside-term");

        assertThat(problem.message()).contains("2017-01-01 to 2018-12-31");
    }

    @Test
    void every_problem_of_a_summit_is_answered_at_once() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> summits.create(new SummitCommand(null, null, null, null, null, null, null, null)));

        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactly("chairmanshipId", "title", "city", "venue", "startDate", "endDate");
    }

    private static Arguments invalid(String what, Function<Long, SummitCommand> command, String field, String code) {
        return Arguments.of(what, command, field, code);
    }
}
