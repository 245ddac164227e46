package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of a summit's registered participants, ready to be looked up word by word: each name in
 * its own script and its latin form, folded like the text (no accents, lower case) and cut into
 * words at anything that is not a letter or a digit, so "Jean-Pierre O'Brien" is found as "Jean
 * Pierre O'Brien" too.
 * <ul>
 *   <li>A whole name is found wherever its words follow each other.</li>
 *   <li>A family name alone (the last word) is found when it has at least three letters and is written
 *       with a capital where the script has capitals: "Mr Dupont", but not the "rose" of "remittances rose".</li>
 *   <li>Names written without spaces between words (Chinese, Japanese) are found as a whole, anywhere, in either
 *       order of given and family name.</li>
 * </ul>
 */
final class ParticipantNames {
    static final int FAMILY_NAME_MIN = 3;
    private final Map<String, List<List<String>>> wholeByFirstWord = new HashMap<>();
    private final Set<String> familyNames = new LinkedHashSet<>();
    private final Set<String> unspaced = new LinkedHashSet<>();

    ParticipantNames(List<String> names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String folded = FoldedText.fold(name.strip()).toLowerCase(Locale.ROOT);
            if (folded.codePoints().anyMatch(ParticipantNames::unspacedScript)) {
                // Registered as given then family name, written family name first ("伟 王" is written 王伟): both orders.
                String[] parts = folded.split("\\s+");
                addUnspaced(String.join("", parts));
                if (parts.length == 2) {
                    addUnspaced(parts[1] + parts[0]);
                }
                continue;
            }
            List<String> words = words(folded).stream().map(Word::text).toList();
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() > 1) {
                wholeByFirstWord.computeIfAbsent(words.getFirst(), w -> new ArrayList<>()).add(words);
            }
            String family = words.getLast();
            if (family.codePointCount(0, family.length()) >= FAMILY_NAME_MIN) {
                familyNames.add(family);
            }
        }
        // Longest names first, so "Maria del Carmen Lopez" wins over "Maria del Carmen".
        wholeByFirstWord.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
    }

    private void addUnspaced(String whole) {
        if (whole.codePointCount(0, whole.length()) >= 2) {
            unspaced.add(whole);
        }
    }

    /** Where names occur in the folded text, as [start, end) ranges of it; never two overlapping. */
    List<int[]> find(String foldedText) {
        List<int[]> found = new ArrayList<>();
        String lower = foldedText.toLowerCase(Locale.ROOT);
        for (String name : unspaced) {
            for (int at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length())) {
                found.add(new int[] {at, at + name.length()});
            }
        }
        List<Word> words = words(foldedText);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String key = word.text().toLowerCase(Locale.ROOT);
            int[] wholeName = whole(foldedText, words, i, wholeByFirstWord.getOrDefault(key, List.of()));
            int[] match = wholeName != null || !familyNames.contains(key) || Character.isLowerCase(foldedText.codePointAt(word.start()))
                    ? wholeName : new int[] {word.start(), word.end()};
            if (match != null && found.stream().noneMatch(f -> f[0] < match[1] && match[0] < f[1])) {
                found.add(match);
            }
        }
        found.sort((a, b) -> a[0] - b[0]);
        return found;
    }

    private static int[] whole(String text, List<Word> words, int first, List<List<String>> candidates) {
        for (List<String> name : candidates) {
            if (first + name.size() > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 1; k < name.size() && matches; k++) {
                Word before = words.get(first + k - 1);
                Word word = words.get(first + k);
                matches = word.text().toLowerCase(Locale.ROOT).equals(name.get(k))
                        && text.substring(before.end(), word.start()).chars().allMatch(c -> Character.isWhitespace(c) || c == '-' || c == '\'');
            }
            if (matches) {
                return new int[] {words.get(first).start(), words.get(first + name.size() - 1).end()};
            }
        }
        return null;
    }

    private static boolean unspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** Runs of letters and digits; combining marks were folded away already. */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i))
                        || Character.getType(text.codePointAt(i)) == Character.COMBINING_SPACING_MARK)) {
                    i += Character.charCount(text.codePointAt(i));
                }
                words.add(new Word(text.substring(start, i), start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return words;
    }

    record Word(String text, int start, int end) {
    }
}
