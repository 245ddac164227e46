package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.summit.internal.History.command;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.convene.platform.NotFoundException;
import org.convene.summit.ChairmanshipView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The troika as the facade derives it from the stored chairmanships. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanshipTroikaTest extends SummitModuleTest {
    @Test
    void troika_over_the_real_history_puts_germany_and_morocco_between_bangladesh_and_ecuador() {
        List<ChairmanshipView> created = History.ALL.reversed().stream().map(chairmanships::create).toList();
        long germanyMorocco = created.stream().filter(c -> c.chairs().contains("DE")).findFirst().orElseThrow().id();

        var troika = chairmanships.troika(germanyMorocco);

        assertThat(troika.previous().chairs()).containsExactly("BD");
        assertThat(troika.current().chairs()).containsExactly("DE", "MA");
        assertThat(troika.next().chairs()).containsExactly("EC");
    }

    @Test
    void troika_of_the_first_chairmanship_has_no_previous() {
        ChairmanshipView sweden = chairmanships.create(History.SWEDEN);
        chairmanships.create(History.TURKEY);

        assertThat(chairmanships.troika(sweden.id()).previous()).isNull();
        assertThat(chairmanships.troika(sweden.id()).next().chairs()).containsExactly("TR");
    }

    @Test
    void troika_of_the_last_chairmanship_has_no_next_until_one_is_designated() {
        chairmanships.create(History.ECUADOR);
        ChairmanshipView uae = chairmanships.create(History.UAE);
        assertThat(chairmanships.troika(uae.id()).next()).isNull();

        chairmanships.create(command(List.of("PH"), "2021-02-01", "2022-12-31"));

        assertThat(chairmanships.troika(uae.id()).next().chairs()).containsExactly("PH");
        assertThat(chairmanships.troika(uae.id()).previous().chairs()).containsExactly("EC");
    }

    @Test
    void troika_of_an_unknown_chairmanship_is_not_found() {
        chairmanships.create(History.SWEDEN);

        assertThatThrownBy(() -> chairmanships.troika(424242)).isInstanceOf(NotFoundException.class);
    }
}
