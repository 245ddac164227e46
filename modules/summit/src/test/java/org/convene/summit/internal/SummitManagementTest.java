package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.summit.internal.Summits2017.berlin;
import static org.convene.summit.internal.Summits2017.marrakesh;
import static org.convene.summit.internal.Summits2017.withDates;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import org.convene.platform.NotFoundException;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitOverview;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitManagementTest extends SummitModuleTest {
    private long germanyMorocco;

    @BeforeEach
    void historyWithoutSummits() {
        chairmanships.create(History.BANGLADESH);
        germanyMorocco = createGermanyMorocco();
        chairmanships.create(History.ECUADOR);
    }

    @Test
    void a_created_summit_is_found_as_it_was_given() {
        SummitView created = summits.create(berlin(germanyMorocco));

        assertThat(created).isEqualTo(new SummitView(created.id(), germanyMorocco, "10th GFMD Summit", 10, "Berlin",
                "Federal Foreign Office", LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"),
                "Towards a Global Social Contract on Migration and Development"));
        assertThat(summits.find(created.id())).contains(created);
    }

    @Test
    void a_summit_speaks_english_until_another_working_language_is_set_and_keeps_it_through_updates() {
        SummitView created = summits.create(berlin(germanyMorocco));
        assertThat(created.language()).isEqualTo("en");

        assertThat(summits.setLanguage(created.id(), " FR ").language()).isEqualTo("fr");
        summits.update(created.id(), marrakesh(germanyMorocco));

        assertThat(summits.find(created.id()).orElseThrow().language()).isEqualTo("fr");
        assertThat(summits.language(created.id())).isEqualTo(java.util.Locale.FRENCH);
        assertThat(summits.setLanguage(created.id(), "es").locale().getLanguage()).isEqualTo("es");
    }

    @Test
    void a_language_other_than_the_working_ones_is_refused_on_its_field_and_an_unknown_summit_is_not_found() {
        SummitView created = summits.create(berlin(germanyMorocco));

        Problem.invalid(() -> summits.setLanguage(created.id(), "de"), "language", "summit.language.unknown");
        assertThat(summits.find(created.id()).orElseThrow().language()).isEqualTo("en");
        assertThatThrownBy(() -> summits.setLanguage(created.id() + 1000, "fr")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_retention_date_is_kept_and_can_be_changed_and_cleared() {
        SummitCommand berlin = berlin(germanyMorocco);
        SummitCommand withRetention = new SummitCommand(berlin.chairmanshipId(), berlin.title(), berlin.edition(), berlin.city(),
                berlin.venue(), berlin.startDate(), berlin.endDate(), berlin.overarchingTheme(), LocalDate.parse("2019-06-30"));
        SummitView created = summits.create(withRetention);

        assertThat(summits.find(created.id()).orElseThrow().retentionDate()).isEqualTo(LocalDate.parse("2019-06-30"));
        assertThat(created.retentionOver(LocalDate.parse("2019-06-30"))).isFalse();
        assertThat(created.retentionOver(LocalDate.parse("2019-07-01"))).isTrue();
        summits.update(created.id(), berlin);
        assertThat(summits.find(created.id()).orElseThrow().retentionDate()).isNull();
        assertThat(summits.find(created.id()).orElseThrow().retentionOver(LocalDate.parse("2030-01-01"))).isFalse();
    }

    @Test
    void texts_are_stored_stripped_and_a_blank_optional_text_as_nothing() {
        SummitView created = summits.create(new SummitCommand(germanyMorocco, "  11th GFMD Summit ", null, " Marrakesh\t",
                "\nPalais des Congrès ", LocalDate.parse("2018-12-05"), LocalDate.parse("2018-12-07"), "   "));

        assertThat(summits.find(created.id()).orElseThrow())
                .extracting(SummitView::title, SummitView::city, SummitView::venue, SummitView::overarchingTheme, SummitView::edition)
                .containsExactly("11th GFMD Summit", "Marrakesh", "Palais des Congrès", null, null);
    }

    @Test
    void a_summit_on_the_first_and_last_day_of_the_term_is_accepted() {
        SummitView created = summits.create(withDates(berlin(germanyMorocco), "2017-01-01", "2018-12-31"));

        assertThat(created.startDate()).isEqualTo(LocalDate.parse("2017-01-01"));
    }

    @Test
    void list_answers_the_newest_summit_first() {
        summits.create(berlin(germanyMorocco));
        summits.create(marrakesh(germanyMorocco));

        assertThat(summits.list()).extracting(SummitView::city).containsExactly("Marrakesh", "Berlin");
    }

    @Test
    void update_changes_every_field() {
        SummitView berlin = summits.create(berlin(germanyMorocco));

        SummitView updated = summits.update(berlin.id(), marrakesh(germanyMorocco));

        assertThat(updated).isEqualTo(new SummitView(berlin.id(), germanyMorocco, "11th GFMD Summit", 11, "Marrakesh",
                "Palais des Congrès", LocalDate.parse("2018-12-05"), LocalDate.parse("2018-12-07"), null));
        assertThat(summits.find(berlin.id())).contains(updated);
    }

    @Test
    void update_to_dates_outside_the_term_is_refused_and_leaves_the_summit_as_it_was() {
        SummitView berlin = summits.create(berlin(germanyMorocco));

        Problem.invalid(() -> summits.update(berlin.id(), withDates(berlin(germanyMorocco), "2019-01-10", "2019-01-12")),
                "startDate", "summit.dates.outside-term");

        assertThat(summits.find(berlin.id())).contains(berlin);
    }

    @Test
    void update_of_an_unknown_summit_is_not_found() {
        assertThatThrownBy(() -> summits.update(424242, berlin(germanyMorocco))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delete_removes_the_summit_with_its_themes_and_rooms() {
        SummitView berlin = summits.create(berlin(germanyMorocco));
        setup.addTheme(berlin.id(), new ThemeCommand("Public narratives on migration", null, null));
        setup.addRoom(berlin.id(), new RoomCommand("Weltsaal", 800, "ground floor"));

        summits.delete(berlin.id());

        assertThat(summits.find(berlin.id())).isEmpty();
        assertThat(tables.count("summit_theme")).isZero();
        assertThat(tables.count("summit_room")).isZero();
    }

    @Test
    void delete_of_an_unknown_summit_is_not_found() {
        assertThatThrownBy(() -> summits.delete(424242)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void overview_shows_the_summit_its_troika_its_themes_in_order_and_its_rooms_by_name() {
        SummitView berlin = summits.create(berlin(germanyMorocco));
        ThemeView first = setup.addTheme(berlin.id(), new ThemeCommand("Labour migration", null, null));
        ThemeView second = setup.addTheme(berlin.id(), new ThemeCommand("Migrants in crisis situations", null, null));
        RoomView weltsaal = setup.addRoom(berlin.id(), new RoomCommand("Weltsaal", 800, null));
        RoomView europasaal = setup.addRoom(berlin.id(), new RoomCommand("Europasaal", 300, null));

        SummitOverview overview = summits.overview(berlin.id());

        assertThat(overview.summit()).isEqualTo(berlin);
        assertThat(overview.troika().previous().chairs()).containsExactly("BD");
        assertThat(overview.troika().current().chairs()).containsExactly("DE", "MA");
        assertThat(overview.troika().next().chairs()).containsExactly("EC");
        assertThat(overview.themes()).containsExactly(first, second);
        assertThat(overview.rooms()).containsExactly(europasaal, weltsaal);
    }

    @Test
    void overview_of_an_unknown_summit_is_not_found() {
        assertThatThrownBy(() -> summits.overview(424242)).isInstanceOf(NotFoundException.class);
    }
}
