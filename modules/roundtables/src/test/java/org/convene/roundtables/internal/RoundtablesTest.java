package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundtablesTest extends RoundtableModuleTest {
    @Test
    void roundtablesAreNumberedWithinTheirTheme() {
        RoundtableView first = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH", "AE")));
        RoundtableView second = roundtables.create(berlin, command(mobility, "Skills partnerships", List.of("DE")));
        RoundtableView third = roundtables.create(berlin, command(climate, "Planned relocation", List.of("FJ")));

        assertThat(List.of(first.number(), second.number(), third.number())).containsExactly("RT 1.1", "RT 1.2", "RT 2.1");
        assertThat(roundtables.list(berlin)).extracting(RoundtableView::number).containsExactly("RT 1.1", "RT 1.2", "RT 2.1");
        assertThat(first.coChairs()).containsExactly("PH", "AE");
    }

    @Test
    void numbersAreNeverReusedAndAMovedRoundtableTakesItsNewThemesNext() {
        RoundtableView first = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        RoundtableView second = roundtables.create(berlin, command(mobility, "Skills partnerships", List.of("DE")));
        roundtables.create(berlin, command(climate, "Planned relocation", List.of("FJ")));

        roundtables.delete(first.id());
        assertThat(roundtables.roundtable(second.id()).number()).isEqualTo("RT 1.2");
        assertThat(roundtables.create(berlin, command(mobility, "Diaspora bonds", List.of("MX"))).number()).isEqualTo("RT 1.3");

        RoundtableView moved = roundtables.update(second.id(), command(climate, "Skills for green jobs", List.of("DE")));
        assertThat(moved.number()).isEqualTo("RT 2.2");
        assertThat(roundtables.update(second.id(), command(climate, "Skills for green jobs", List.of("DE", "KE"))).number())
                .isEqualTo("RT 2.2");
    }

    @Test
    void theTeamMixesStatesAndTheSummitsGroups() {
        RoundtableView saved = roundtables.create(berlin, new RoundtableCommand(mobility, "  Fair recruitment ", RoundtableFormat.WORLD_CAFE,
                60, List.of("ph", "AE"), List.of("MA", "BD"), List.of(business, civilSociety)));

        RoundtableView read = roundtables.roundtable(saved.id());
        assertThat(read.title()).isEqualTo("Fair recruitment");
        assertThat(read.format()).isEqualTo(RoundtableFormat.WORLD_CAFE);
        assertThat(read.capacity()).isEqualTo(60);
        assertThat(read.coChairs()).containsExactly("PH", "AE");
        assertThat(read.teamStates()).containsExactly("MA", "BD");
        assertThat(read.teamGroupIds()).containsExactly(business, civilSociety);
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsSaved() {
        RoundtableCommand bad = new RoundtableCommand(quitoTheme, " ", null, 0, List.of("XX"), List.of("DE", "DE"), List.of(quitoGroup));

        assertThatThrownBy(() -> roundtables.create(berlin, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("themeId", "title", "format", "capacity", "coChairs", "teamStates", "teamGroupIds"));
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_roundtable")).isZero();
        assertThatThrownBy(() -> roundtables.create(berlin, command(mobility, "No chair", List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("roundtable.co-chairs.required"));
    }

    @Test
    void anUnknownSummitOrRoundtableIsNotFound() {
        assertThatThrownBy(() -> roundtables.create(424242, command(mobility, "Fair recruitment", List.of("PH"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roundtables.roundtable(424242)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyPublishedOutcomesAreReadForTheReportInNumberOrder() {
        RoundtableView climateRt = roundtables.create(berlin, command(climate, "Planned relocation", List.of("FJ")));
        RoundtableView mobilityRt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        RoundtableView draftRt = roundtables.create(berlin, command(mobility, "Skills partnerships", List.of("DE")));
        outcome(climateRt.id(), "PUBLISHED", "10.7, 13 and 13.1");
        outcome(mobilityRt.id(), "PUBLISHED", "8.8");
        outcome(draftRt.id(), "APPROVED", "");

        List<PublishedOutcome> published = roundtables.publishedOutcomes(berlin);

        assertThat(published).extracting(PublishedOutcome::number).containsExactly("RT 1.1", "RT 2.1");
        assertThat(published.get(1).sdgTargets()).containsExactly("10.7", "13", "13.1");
        assertThat(published.get(1).keyMessagesHtml()).isEqualTo("<p>Key</p>");
        assertThat(roundtables.publishedOutcomes(quito)).isEmpty();
    }

    private void outcome(long roundtable, String status, String sdg) {
        sql.update("INSERT INTO roundtable_outcome VALUES (" + roundtable + ", '" + status + "', 'Key', '<p>Key</p>', 'R', '<p>R</p>', "
                + "'P', '<p>P</p>', '" + sdg + "', 3, 1, NOW(6), NOW(6))");
    }
}
