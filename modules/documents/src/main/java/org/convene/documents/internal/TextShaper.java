package org.convene.documents.internal;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Prepares right-to-left text for iText. Without its commercial typography module iText writes
 * Arabic unshaped (isolated letters) and in logical order, so the name would print backwards and
 * unjoined. We shape to presentation forms and reorder to visual order with ICU4J before layout;
 * text without right-to-left characters is returned unchanged (and costs one scan).
 */
final class TextShaper {

    // Immutable once built, so one instance serves every thread.
    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private TextShaper() {
    }

    static String forLayout(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        String shaped;
        try {
            shaped = SHAPING.shape(text);
        } catch (ArabicShapingException e) {
            // Only thrown for fixed-length options we do not use; unshaped beats no badge.
            shaped = text;
        }
        return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING);
    }
}
