package org.convene.partnerships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.partnerships.PracticeCommand;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The checks of one practice and what makes two practices the same. */
class PracticeRulesTest {
    private static PracticeCommand practice(String name, String link, String sdg, String location, String country) {
        return new PracticeCommand(name, link, sdg, "Current", location, country, "An aim", null, null);
    }

    @Test
    void the_fingerprint_ignores_case_accents_punctuation_and_spacing_but_not_the_place_or_period() {
        String one = Fingerprint.of("Migra Empresas", "La Pintana, Chile", null);

        assertThat(Fingerprint.of(" mígra-EMPRESAS", "La  Pintana Chile", "")).isEqualTo(one);
        assertThat(Fingerprint.of("Migra Empresas", "Santiago, Chile", null)).isNotEqualTo(one);
        assertThat(Fingerprint.of("Migra Empresas", "La Pintana, Chile", "2019")).isNotEqualTo(one);
        assertThat(one).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void the_country_is_taken_from_the_end_of_the_location_in_english_french_or_spanish() {
        assertThat(PracticeRules.check(practice("A", null, "10", "City of Sao Paolo, Brazil", null)).countryCode()).isEqualTo("BR");
        assertThat(PracticeRules.check(practice("A", null, "10", "Dakar, Sénégal", null)).countryCode()).isEqualTo("SN");
        assertThat(PracticeRules.check(practice("A", null, "10", "Alemania", null)).countryCode()).isEqualTo("DE");
        assertThat(PracticeRules.check(practice("A", null, "10", "Region of Sedhiou", null)).countryCode()).isNull();
        assertThat(PracticeRules.check(practice("A", null, "10", "Somewhere", "pt")).countryCode()).isEqualTo("PT");
    }

    @Test
    void a_link_must_be_a_web_address() {
        assertThat(PracticeRules.check(practice("A", "https://www.gfmd.org/pfp", "10", null, null)).link()).isEqualTo("https://www.gfmd.org/pfp");
        for (String bad : new String[] {"javascript:alert(1)", "ftp://example.org/x", "www.gfmd.org", "https://"}) {
            assertThatThrownBy(() -> PracticeRules.check(practice("A", bad, "10", null, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("practice.link.invalid"));
        }
    }

    @Test
    void an_unknown_country_code_and_over_long_texts_are_refused_by_field() {
        PracticeCommand bad = new PracticeCommand("x".repeat(301), null, "10", null, null, "XX", null, null, null);
        assertThatThrownBy(() -> PracticeRules.check(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "practice.too-long"),
                        org.assertj.core.groups.Tuple.tuple("countryCode", "practice.country.invalid")));
    }

    @Test
    void an_outcome_s_practices_html_becomes_plain_lines() {
        assertThat(OutcomeText.plain("<p>The <em>Philippines</em> runs a seminar.</p><ul><li>one</li><li>two &amp; three</li></ul>"))
                .isEqualTo("The Philippines runs a seminar.\n· one\n· two & three");
        assertThat(OutcomeText.plain("")).isEmpty();
    }
}
