package org.convene.reports.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.convene.documents.ConsultationReport;
import org.convene.documents.RichText;

/**
 * Word matching that ignores case and accents ("migracion" finds "Migración", "ecole" finds "École";
 * Arabic short-vowel marks are accents too): both sides are decomposed and stripped of their
 * combining marks before comparing. A word matches anywhere inside the text, so "recruit" finds
 * "recruitment" and Chinese, written without spaces, is found too.
 */
final class TextMatch {
    static final int SNIPPET = 220;

    private TextMatch() {
    }

    /** The words of a query, folded; none for a blank one. */
    static List<String> terms(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.strip().split("\\s+")).map(TextMatch::fold).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Whether every term occurs in the text. */
    static boolean all(List<String> terms, String text) {
        String folded = fold(text);
        return terms.stream().allMatch(folded::contains);
    }

    /** The text in lower case without accents and other combining marks. */
    static String fold(String text) {
        return folded(text, null);
    }

    /**
     * Folds character by character; {@code origins}, when given (as long as the text), gets for each
     * folded character the index of the character it came from, so a place found in the folded text
     * is a place in the original.
     */
    private static String folded(String text, int[] origins) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f;
            if (c < 0x80) {
                f = Character.toLowerCase(c);
            } else {
                // The base of a decomposed character; a mark on its own (Arabic harakat, a combining accent) is dropped.
                char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
                if (Character.getType(base) == Character.NON_SPACING_MARK) {
                    continue;
                }
                f = Character.toLowerCase(base);
            }
            if (origins != null) {
                origins[out.length()] = i;
            }
            out.append(f);
        }
        return out.toString();
    }

    /** Rich text (sanitised HTML) as plain text: its blocks' words, a space between blocks. */
    static String plain(String html) {
        return RichText.blocks(html).stream()
                .map(b -> b.runs().stream().map(ConsultationReport.Run::text).collect(Collectors.joining()))
                .collect(Collectors.joining(" ")).replace('\n', ' ').strip();
    }

    /** About {@value #SNIPPET} characters of the text around the first term found in it, or its start. */
    static String snippet(String text, List<String> terms) {
        int[] origins = new int[text.length() + 1];
        String folded = folded(text, origins);
        int at = origins[terms.stream().mapToInt(folded::indexOf).filter(i -> i >= 0).min().orElse(0)];
        int start = Math.max(0, at - SNIPPET / 3);
        int end = Math.min(text.length(), start + SNIPPET);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < at ? space + 1 : start;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > Math.max(start, at) ? space : end;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
