package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.convene.platform.InvalidInputException;
import org.convene.roundtables.OutcomeDraft;
import org.junit.jupiter.api.Test;

class OutcomeRulesTest {
    private static OutcomeDraft keyMessages(String text) {
        return new OutcomeDraft(text, "", "", "");
    }

    @Test
    void scripts_handlers_and_javascript_links_are_refused_in_any_case() {
        for (String bad : new String[] {"<SCRIPT src=x></SCRIPT>", "< script>", "<img src=x OnError=alert(1)>",
                "[click](javascript:alert(1))", "<a href=\"JavaScript :alert(1)\">x</a>"}) {
            assertThatThrownBy(() -> OutcomeRules.check(keyMessages(bad))).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void prose_with_comparisons_and_plain_html_passes_to_the_sanitiser() {
        assertThatCode(() -> OutcomeRules.check(keyMessages("Fees < 5% of wages, one = too many; <b>bold</b> and <u>under</u>.")))
                .doesNotThrowAnyException();
    }
}
