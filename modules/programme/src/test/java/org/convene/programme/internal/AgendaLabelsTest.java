package org.convene.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.convene.programme.SessionKind;
import org.junit.jupiter.api.Test;

/** The PDF and calendar labels exist in the three working languages, for every session kind. */
class AgendaLabelsTest {
    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.convene.programme.agenda", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }

    @Test
    void french_and_spanish_have_the_english_keys_and_every_kind_is_labelled() {
        Set<String> english = keys(Locale.ENGLISH);
        assertThat(keys(Locale.FRENCH)).isEqualTo(english);
        assertThat(keys(Locale.forLanguageTag("es"))).isEqualTo(english);
        for (SessionKind kind : SessionKind.values()) {
            assertThat(english).contains("kind." + kind.name());
        }
    }

    @Test
    void another_language_falls_back_to_english() {
        assertThat(new AgendaLabels(Locale.GERMAN).kind(SessionKind.ROUNDTABLE)).isEqualTo("Roundtable");
        assertThat(new AgendaLabels(Locale.FRENCH).kind(SessionKind.ROUNDTABLE)).isEqualTo("Table ronde");
    }
}
