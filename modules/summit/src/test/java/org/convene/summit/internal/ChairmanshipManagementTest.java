package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.summit.internal.History.command;
import static org.convene.summit.internal.Summits2017.marrakesh;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.convene.platform.NotFoundException;
import org.convene.summit.ChairmanshipView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanshipManagementTest extends SummitModuleTest {
    @Test
    void a_created_chairmanship_is_found_with_its_chairs_in_the_given_order() {
        ChairmanshipView created = chairmanships.create(command(List.of("MA", "DE"), "2017-01-01", "2018-12-31"));

        assertThat(created.chairs()).containsExactly("MA", "DE");
        assertThat(chairmanships.find(created.id())).contains(created);
        assertThat(tables.count("summit_chairmanship_chair")).isEqualTo(2);
    }

    @Test
    void list_answers_the_oldest_term_first_whatever_the_order_of_creation() {
        chairmanships.create(History.ECUADOR);
        chairmanships.create(History.SWEDEN);
        chairmanships.create(History.GERMANY_MOROCCO);

        assertThat(chairmanships.list()).extracting(ChairmanshipView::chairs)
                .containsExactly(List.of("SE"), List.of("DE", "MA"), List.of("EC"));
    }

    @Test
    void find_of_an_unknown_id_is_empty() {
        assertThat(chairmanships.find(424242)).isEmpty();
    }

    @Test
    void update_changes_the_term_and_replaces_the_chairs() {
        ChairmanshipView bangladesh = chairmanships.create(History.BANGLADESH);

        ChairmanshipView updated = chairmanships.update(bangladesh.id(), command(List.of("BD", "NP"), "2016-02-01", "2016-11-30"));

        assertThat(updated).isEqualTo(new ChairmanshipView(bangladesh.id(), List.of("BD", "NP"),
                LocalDate.parse("2016-02-01"), LocalDate.parse("2016-11-30")));
        assertThat(chairmanships.find(bangladesh.id())).contains(updated);
        assertThat(tables.count("summit_chairmanship_chair")).isEqualTo(2);
    }

    @Test
    void update_of_an_unknown_chairmanship_is_not_found() {
        assertThatThrownBy(() -> chairmanships.update(424242, History.SWEDEN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delete_removes_the_chairmanship_with_its_chairs() {
        ChairmanshipView germanyMorocco = chairmanships.create(History.GERMANY_MOROCCO);

        chairmanships.delete(germanyMorocco.id());

        assertThat(chairmanships.find(germanyMorocco.id())).isEmpty();
        assertThat(tables.count("summit_chairmanship_chair")).isZero();
    }

    @Test
    void delete_of_a_chairmanship_with_summits_is_refused() {
        ChairmanshipView germanyMorocco = chairmanships.create(History.GERMANY_MOROCCO);
        summits.create(marrakesh(germanyMorocco.id()));

        Problem.conflict(() -> chairmanships.delete(germanyMorocco.id()), "id", "chairmanship.has-summits");

        assertThat(chairmanships.find(germanyMorocco.id())).isPresent();
    }

    @Test
    void delete_of_an_unknown_chairmanship_is_not_found() {
        assertThatThrownBy(() -> chairmanships.delete(424242)).isInstanceOf(NotFoundException.class);
    }
}
