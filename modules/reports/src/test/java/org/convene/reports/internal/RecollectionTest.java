package org.convene.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;
import org.convene.reports.RecollectionHit;
import org.convene.reports.RecollectionHit.Source;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecollectionTest extends ReportModuleTest {
    private static final Actor RESOURCE_PERSON = new Actor(7, List.of(new RoleGrant(Role.RESOURCE_PERSON, null)));
    private long fairRecruitment;
    private long colombo;

    @BeforeEach
    void outcomesAndObservationsOfTwoYears() {
        fairRecruitment = roundtable(berlin, mobility, "Fair recruitment");
        outcome(fairRecruitment, "PUBLISHED", "Recruitment fees are never charged to workers.", "Regulate recruitment agencies.",
                "", "10.7, 8.8");
        outcome(roundtable(berlin, arabicTheme, "Diaspora bonds"), "PUBLISHED", "La migración ordenada beneficia a todos.", "", "", "17");
        outcome(roundtable(berlin, mobility, "Skills"), "REVIEWED", "Recruitment of nurses, not yet published.", "", "", "10.7");
        outcome(roundtable(quito, narratives, "Changing the narrative"), "PUBLISHED",
                "Fair recruitment stories change public opinion.", "", "", "10.2");
        colombo = observations(berlin, mobility, "Colombo Process", LocalDate.parse("2017-03-01"),
                "Recruitment costs weigh on women workers.");
    }

    @Test
    void words_find_outcomes_and_observations_of_every_summit_newest_year_first() {
        List<RecollectionHit> hits = recollection.search(OFFICE, "recruitment", null);

        assertThat(hits).extracting(RecollectionHit::year, RecollectionHit::source, RecollectionHit::roundtableNumber,
                        RecollectionHit::consultationProcess)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2019, Source.OUTCOME, "RT 1.1", null),
                        org.assertj.core.groups.Tuple.tuple(2017, Source.OUTCOME, "RT 1.1", null),
                        org.assertj.core.groups.Tuple.tuple(2017, Source.OBSERVATION, null, "Colombo Process"));
        RecollectionHit berlinOutcome = hits.get(1);
        assertThat(berlinOutcome.summitTitle()).isEqualTo("10th GFMD Summit");
        assertThat(berlinOutcome.themeTitle()).isEqualTo("Labour mobility");
        assertThat(berlinOutcome.roundtableTitle()).isEqualTo("Fair recruitment");
        assertThat(berlinOutcome.roundtableId()).isEqualTo(fairRecruitment);
        assertThat(berlinOutcome.snippet()).contains("Recruitment fees are never charged");
        assertThat(berlinOutcome.sdgTargets()).containsExactly("10.7", "8.8");
        assertThat(hits.get(2).consultationId()).isEqualTo(colombo);
        assertThat(hits).noneMatch(h -> h.snippet().contains("nurses"));
    }

    @Test
    void every_word_must_match_ignoring_case_and_accents_in_the_text_or_the_theme() {
        assertThat(recollection.search(OFFICE, "MIGRACION ordenada", null)).extracting(RecollectionHit::roundtableTitle)
                .containsExactly("Diaspora bonds");
        assertThat(recollection.search(OFFICE, "recruitment women", null)).extracting(RecollectionHit::source)
                .containsExactly(Source.OBSERVATION);
        assertThat(recollection.search(OFFICE, "recruitment elephants", null)).isEmpty();
        // "mobility" is only in the theme's title.
        assertThat(recollection.search(OFFICE, "mobility", null)).extracting(RecollectionHit::year).containsExactly(2017, 2017);
    }

    @Test
    void an_sdg_goal_finds_its_targets_a_target_only_itself_and_observations_never() {
        assertThat(recollection.search(OFFICE, null, "10")).extracting(RecollectionHit::year, RecollectionHit::roundtableTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2019, "Changing the narrative"),
                        org.assertj.core.groups.Tuple.tuple(2017, "Fair recruitment"));
        assertThat(recollection.search(OFFICE, "", "SDG 10.7")).extracting(RecollectionHit::roundtableTitle).containsExactly("Fair recruitment");
        assertThat(recollection.search(OFFICE, "recruitment", "10.2")).extracting(RecollectionHit::roundtableTitle)
                .containsExactly("Changing the narrative");
        assertThat(recollection.search(OFFICE, "recruitment", "8")).extracting(RecollectionHit::source).containsExactly(Source.OUTCOME);
        assertThat(recollection.search(OFFICE, null, "16")).isEmpty();
    }

    @Test
    void a_bad_sdg_or_an_empty_search_is_refused_on_its_field() {
        Problem.invalid(() -> recollection.search(OFFICE, "recruitment", "18"), "sdg", "sdg.invalid");
        Problem.invalid(() -> recollection.search(OFFICE, "  ", " "), "words", "recollection.query.empty");
    }

    @Test
    void resource_persons_and_rapporteurs_may_search_and_others_may_not() {
        Actor rapporteur = new Actor(8, List.of(new RoleGrant(Role.RAPPORTEUR, "12")));
        Actor attendee = new Actor(9, List.of(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin))));

        assertThat(recollection.search(RESOURCE_PERSON, "recruitment", null)).hasSize(3);
        assertThat(recollection.search(rapporteur, "recruitment", null)).hasSize(3);
        assertThat(recollection.mayUse(attendee)).isFalse();
        assertThatThrownBy(() -> recollection.search(attendee, "recruitment", null)).isInstanceOf(AccessDeniedException.class);
    }
}
