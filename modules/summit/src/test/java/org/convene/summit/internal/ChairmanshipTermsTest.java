package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.summit.internal.History.command;
import static org.convene.summit.internal.Summits2017.marrakesh;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.convene.platform.FieldProblem;
import org.convene.summit.ChairmanshipView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Terms of different chairmanships never overlap, and a term always holds its summits. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanshipTermsTest extends SummitModuleTest {
    @Test
    void a_term_starting_the_day_after_the_previous_one_ends_is_accepted() {
        chairmanships.create(History.SWEDEN);
        chairmanships.create(History.TURKEY);

        assertThat(chairmanships.list()).hasSize(2);
    }

    @Test
    void an_overlapping_term_is_refused_naming_the_other_chairmanship_and_nothing_is_stored() {
        chairmanships.create(History.GERMANY_MOROCCO);

        FieldProblem problem = Problem.conflict(() -> chairmanships.create(command(List.of("FR"), "2018-12-31", "2019-06-30")),
                "termStart", "chairmanship.term.overlap");

        assertThat(problem.message()).contains("DE, MA").contains("2017-01-01 to 2018-12-31");
        assertThat(tables.count("summit_chairmanship")).isEqualTo(1);
        assertThat(tables.count("summit_chairmanship_chair")).isEqualTo(2);
    }

    @Test
    void a_term_inside_another_is_refused() {
        chairmanships.create(History.GERMANY_MOROCCO);

        Problem.conflict(() -> chairmanships.create(command(List.of("FR"), "2017-06-01", "2017-06-30")),
                "termStart", "chairmanship.term.overlap");
    }

    @Test
    void update_may_keep_the_same_term_since_a_chairmanship_does_not_overlap_itself() {
        ChairmanshipView sweden = chairmanships.create(History.SWEDEN);

        ChairmanshipView updated = chairmanships.update(sweden.id(), command(List.of("SE"), "2013-01-01", "2014-06-30"));

        assertThat(updated.termEnd()).isEqualTo(LocalDate.parse("2014-06-30"));
    }

    @Test
    void update_into_another_term_is_refused_and_leaves_term_and_chairs_as_they_were() {
        chairmanships.create(History.TURKEY);
        ChairmanshipView bangladesh = chairmanships.create(History.BANGLADESH);

        Problem.conflict(() -> chairmanships.update(bangladesh.id(), command(List.of("BD", "LK"), "2015-12-01", "2016-12-31")),
                "termStart", "chairmanship.term.overlap");

        assertThat(chairmanships.find(bangladesh.id())).contains(bangladesh);
        assertThat(tables.count("summit_chairmanship_chair")).isEqualTo(2);
    }

    @Test
    void update_that_would_leave_a_summit_after_the_term_is_refused_on_term_end() {
        ChairmanshipView germanyMorocco = chairmanships.create(History.GERMANY_MOROCCO);
        summits.create(marrakesh(germanyMorocco.id()));

        FieldProblem problem = Problem.conflict(() -> chairmanships.update(germanyMorocco.id(),
                command(List.of("DE", "MA"), "2017-01-01", "2018-11-30")), "termEnd", "chairmanship.term.summits-outside");

        assertThat(problem.message()).contains("2018-12-07");
        assertThat(chairmanships.find(germanyMorocco.id())).contains(germanyMorocco);
    }

    @Test
    void update_that_would_leave_a_summit_before_the_term_is_refused_on_term_start() {
        ChairmanshipView germanyMorocco = chairmanships.create(History.GERMANY_MOROCCO);
        summits.create(marrakesh(germanyMorocco.id()));

        Problem.conflict(() -> chairmanships.update(germanyMorocco.id(), command(List.of("DE", "MA"), "2018-12-06", "2018-12-31")),
                "termStart", "chairmanship.term.summits-outside");
    }
}
