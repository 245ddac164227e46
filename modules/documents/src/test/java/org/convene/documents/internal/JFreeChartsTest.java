package org.convene.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.documents.Charts.Bar;
import org.junit.jupiter.api.Test;

class JFreeChartsTest {
    @Test
    void a_bar_chart_is_an_svg_with_its_title_labels_and_one_bar_per_entry() {
        String svg = new JFreeCharts().bars("Participants by region", "People",
                List.of(new Bar("Africa", 12), new Bar("Europe", 7), new Bar("Américas", 3)), false, 480, 280);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("Participants by region", "Africa", "Europe", "Américas");
        List<Double> heights = java.util.regex.Pattern.compile("height='([0-9.]+)' style='fill:rgb\\(22,118,243\\)'").matcher(svg)
                .results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(heights).hasSize(3);
        // Bars stand in the ratio of their values, 12 : 7 : 3.
        assertThat(heights.get(1) / heights.get(0)).isCloseTo(7.0 / 12, org.assertj.core.data.Offset.offset(0.01));
        assertThat(heights.get(2) / heights.get(0)).isCloseTo(3.0 / 12, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void an_empty_chart_still_draws() {
        assertThat(new JFreeCharts().bars("Check-ins per hour", "Check-ins", List.of(), true, 300, 200)).startsWith("<svg");
    }
}
