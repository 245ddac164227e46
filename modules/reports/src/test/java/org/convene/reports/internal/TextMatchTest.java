package org.convene.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchTest {
    @Test
    void case_accents_and_arabic_vowel_marks_are_ignored() {
        assertThat(TextMatch.all(TextMatch.terms("ECOLE migracion"), "L'École et la Migración")).isTrue();
        assertThat(TextMatch.all(TextMatch.terms("محمد"), "قال مُحَمَّد")).isTrue();
        assertThat(TextMatch.all(TextMatch.terms("流离"), "气候与流离失所")).isTrue();
        assertThat(TextMatch.all(TextMatch.terms("ecole absent"), "École")).isFalse();
    }

    @Test
    void the_snippet_is_cut_at_words_around_the_first_word_found_even_after_dropped_marks() {
        String text = "مُحَمَّد ".repeat(30) + "The recruitment of nurses matters. " + "More words follow here. ".repeat(20);

        String snippet = TextMatch.snippet(text, List.of("nurses"));

        assertThat(snippet).startsWith("…").endsWith("…").contains("recruitment of nurses matters.");
        assertThat(snippet.length()).isLessThanOrEqualTo(TextMatch.SNIPPET + 2);
        assertThat(TextMatch.snippet("Short text.", List.of())).isEqualTo("Short text.");
    }

    @Test
    void rich_text_reads_as_plain_words() {
        assertThat(TextMatch.plain("<p>Fees are <strong>never</strong> charged.</p><ul><li>one</li><li>two</li></ul>"))
                .isEqualTo("Fees are never charged. one two");
    }
}
