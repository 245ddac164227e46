package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** English, French and Spanish must say the same things: same keys, same placeholders. */
class TranslationBundlesTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("bundle %s", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void french_and_spanish_have_exactly_the_english_keys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        assertThat(new TreeSet<>(bundle("_fr").stringPropertyNames())).isEqualTo(english);
        assertThat(new TreeSet<>(bundle("_es").stringPropertyNames())).isEqualTo(english);
    }

    @Test
    void a_message_with_a_placeholder_has_it_in_every_language() throws IOException {
        Properties en = bundle("");
        for (String suffix : new String[] {"_fr", "_es"}) {
            Properties other = bundle(suffix);
            for (String key : en.stringPropertyNames()) {
                assertThat(other.getProperty(key).contains("{0}")).as("%s%s", key, suffix).isEqualTo(en.getProperty(key).contains("{0}"));
            }
        }
    }
}
