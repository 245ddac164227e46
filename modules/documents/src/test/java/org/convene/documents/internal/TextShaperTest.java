package org.convene.documents.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextShaperTest {

    @Test
    void arabicIsShapedToPresentationFormsInVisualOrder() {
        assertThat(TextShaper.forLayout("محمد")).isEqualTo("\uFEAA\uFEE4\uFEA4\uFEE3");
    }

    @Test
    void leftToRightTextIsReturnedAsIs() {
        String text = "Ирина Петрова 李明 Ana";
        assertThat(TextShaper.forLayout(text)).isSameAs(text);
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertThat(TextShaper.forLayout(null)).isEmpty();
        assertThat(TextShaper.forLayout("")).isEmpty();
    }
}
