package org.convene.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void every_state_lies_on_its_un_continent() {
        assertThat(Countries.continent("MA")).contains("002");
        assertThat(Countries.continent("EC")).contains("019");
        assertThat(Countries.continent("AE")).contains("142");
        assertThat(Countries.continent("DE")).contains("150");
        assertThat(Countries.continent("FJ")).contains("009");
    }

    @Test
    void a_code_that_is_no_state_has_no_continent() {
        assertThat(Countries.continent("XX")).isEmpty();
        assertThat(Countries.continent(null)).isEmpty();
    }

    @Test
    void nearly_every_state_has_a_continent() {
        long without = Countries.codesByName(Locale.ENGLISH).stream().filter(c -> Countries.continent(c).isEmpty()).count();
        assertThat(without).isLessThanOrEqualTo(3);
    }

    @Test
    void continents_are_named_in_the_readers_language() {
        assertThat(Countries.continentName("150", Locale.ENGLISH)).isEqualTo("Europe");
        assertThat(Countries.continentName("019", Locale.FRENCH)).isEqualTo("Amériques");
        assertThat(Countries.continentName("002", Locale.of("es"))).isEqualTo("África");
    }

    @Test
    void a_continent_holds_its_states_and_no_others() {
        assertThat(Countries.inContinent("002")).contains("MA", "KE", "ZA").doesNotContain("DE", "AE");
        assertThat(Countries.inContinent("150")).contains("DE", "FR").doesNotContain("MA");
        assertThat(Countries.inContinent("029")).isEmpty();
        long placed = Countries.CONTINENTS.stream().mapToLong(c -> Countries.inContinent(c).size()).sum();
        assertThat(placed).isGreaterThan(240);
    }
}
