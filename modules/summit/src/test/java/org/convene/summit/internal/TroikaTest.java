package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.TroikaView;
import org.junit.jupiter.api.Test;

class TroikaTest {
    private static final List<ChairmanshipView> HISTORY = History.views();
    private static final long SWEDEN = 1;
    private static final long BANGLADESH = 3;
    private static final long GERMANY_MOROCCO = 4;
    private static final long ECUADOR = 5;
    private static final long UAE = 6;

    @Test
    void troika_of_germany_and_morocco_is_bangladesh_before_and_ecuador_after() {
        TroikaView troika = Troika.around(HISTORY, GERMANY_MOROCCO);

        assertThat(troika.previous().chairs()).containsExactly("BD");
        assertThat(troika.current().chairs()).containsExactly("DE", "MA");
        assertThat(troika.next().chairs()).containsExactly("EC");
    }

    @Test
    void co_chairs_take_one_place_in_the_troika() {
        assertThat(Troika.around(HISTORY, BANGLADESH).next().chairs()).containsExactly("DE", "MA");
        assertThat(Troika.around(HISTORY, ECUADOR).previous().chairs()).containsExactly("DE", "MA");
    }

    @Test
    void troika_of_the_first_chairmanship_has_no_previous() {
        TroikaView troika = Troika.around(HISTORY, SWEDEN);

        assertThat(troika.previous()).isNull();
        assertThat(troika.current().chairs()).containsExactly("SE");
        assertThat(troika.next().chairs()).containsExactly("TR");
    }

    @Test
    void troika_of_the_last_chairmanship_has_no_next_until_one_is_designated() {
        assertThat(Troika.around(HISTORY, UAE).next()).isNull();

        List<ChairmanshipView> withPhilippines = new ArrayList<>(HISTORY);
        withPhilippines.add(new ChairmanshipView(7, List.of("PH"), LocalDate.parse("2021-02-01"),
                LocalDate.parse("2022-12-31")));

        assertThat(Troika.around(withPhilippines, UAE).next().chairs()).containsExactly("PH");
    }

    @Test
    void a_lone_chairmanship_has_neither_previous_nor_next() {
        TroikaView troika = Troika.around(List.of(HISTORY.get(2)), BANGLADESH);

        assertThat(troika.previous()).isNull();
        assertThat(troika.current().id()).isEqualTo(BANGLADESH);
        assertThat(troika.next()).isNull();
    }

    @Test
    void troika_follows_the_order_of_terms_not_the_order_given() {
        List<ChairmanshipView> shuffled = new ArrayList<>(HISTORY);
        Collections.reverse(shuffled);

        TroikaView troika = Troika.around(shuffled, GERMANY_MOROCCO);

        assertThat(troika.previous().id()).isEqualTo(BANGLADESH);
        assertThat(troika.next().id()).isEqualTo(ECUADOR);
    }

    @Test
    void troika_of_a_chairmanship_not_given_is_refused() {
        assertThatThrownBy(() -> Troika.around(HISTORY, 99)).isInstanceOf(IllegalArgumentException.class);
    }
}
