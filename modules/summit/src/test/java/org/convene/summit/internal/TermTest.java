package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {
    private static final Term SWEDEN = term("2013-01-01", "2014-06-30");
    private static final Term TURKEY = term("2014-07-01", "2015-12-31");

    @Test
    void a_term_ending_the_day_before_the_next_starts_does_not_overlap_it() {
        assertThat(SWEDEN.overlaps(TURKEY)).isFalse();
        assertThat(TURKEY.overlaps(SWEDEN)).isFalse();
    }

    @Test
    void terms_sharing_one_day_overlap_because_both_ends_belong_to_the_term() {
        Term startsOnSwedensLastDay = term("2014-06-30", "2014-12-31");

        assertThat(SWEDEN.overlaps(startsOnSwedensLastDay)).isTrue();
        assertThat(startsOnSwedensLastDay.overlaps(SWEDEN)).isTrue();
    }

    @Test
    void a_term_inside_another_overlaps_it() {
        Term inside = term("2013-05-01", "2013-05-31");

        assertThat(SWEDEN.overlaps(inside)).isTrue();
        assertThat(inside.overlaps(SWEDEN)).isTrue();
    }

    @Test
    void a_term_overlaps_itself() {
        assertThat(SWEDEN.overlaps(SWEDEN)).isTrue();
    }

    @Test
    void a_one_day_term_is_allowed() {
        Term oneDay = term("2016-01-01", "2016-01-01");

        assertThat(oneDay.contains(LocalDate.parse("2016-01-01"))).isTrue();
    }

    @Test
    void a_term_contains_its_first_and_last_day_but_not_the_days_around_it() {
        assertThat(SWEDEN.contains(LocalDate.parse("2013-01-01"))).isTrue();
        assertThat(SWEDEN.contains(LocalDate.parse("2014-06-30"))).isTrue();
        assertThat(SWEDEN.contains(LocalDate.parse("2012-12-31"))).isFalse();
        assertThat(SWEDEN.contains(LocalDate.parse("2014-07-01"))).isFalse();
    }

    @Test
    void a_term_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> term("2014-07-01", "2014-06-30")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_term_reads_as_its_first_and_last_day() {
        assertThat(SWEDEN).hasToString("2013-01-01 to 2014-06-30");
    }

    private static Term term(String start, String end) {
        return new Term(LocalDate.parse(start), LocalDate.parse(end));
    }
}
