package org.convene.roundtables.internal;

import java.text.Normalizer;

/**
 * A section's text prepared for the Chatham House check: accents removed (so "segun" finds
 * "según" and "Muller" finds "Müller"), Markdown emphasis marks dropped (so "**Canada** said"
 * reads "Canada said"), curly apostrophes made straight; case kept, since a capital tells a name.
 * Every char of the folded text remembers where it came from, so a match points into the source.
 */
final class FoldedText {
    private static final String MARKUP = "*_`~";
    private final String source;
    private final String text;
    private final int[] from;
    private final int[] to;

    FoldedText(String source) {
        this.source = source;
        StringBuilder folded = new StringBuilder(source.length());
        int[] starts = new int[source.length() * 2 + 1];
        int[] ends = new int[source.length() * 2 + 1];
        int i = 0;
        while (i < source.length()) {
            int cp = source.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = MARKUP.indexOf(cp) >= 0 ? "" : fold(cp);
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = i;
                ends[folded.length()] = next;
                folded.append(piece.charAt(k));
            }
            i = next;
        }
        this.text = folded.toString();
        this.from = starts;
        this.to = ends;
    }

    /** A name or a word folded the same way as a text. */
    static String fold(String word) {
        return new FoldedText(word).text();
    }

    private static String fold(int cp) {
        if (cp == '\u2019' || cp == '\u02BC') {
            return "'";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    String text() {
        return text;
    }

    String source() {
        return source;
    }

    /** Where the folded char at this index starts in the source. */
    int sourceStart(int foldedIndex) {
        return from[foldedIndex];
    }

    /** Where the folded range ending (exclusive) at this index ends in the source. */
    int sourceEnd(int foldedEnd) {
        return to[foldedEnd - 1];
    }
}
