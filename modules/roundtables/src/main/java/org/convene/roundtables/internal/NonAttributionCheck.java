package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeSection;

/**
 * The Chatham House check of an outcome: every registered participant's name and every phrase
 * that attributes speech ({@link AttributionPatterns}), per section. The same text found twice in a
 * section is one flag (with its count), so resolving it once covers both. Plain Java: no database.
 */
final class NonAttributionCheck {
    /** Longest matched text kept in a flag's key. */
    static final int KEY_TEXT_MAX = 200;
    private static final int SNIPPET_AROUND = 40;

    private NonAttributionCheck() {
    }

    /** The flags of the draft, unresolved, section by section in the order found. */
    static List<OutcomeFlag> flags(OutcomeDraft draft, ParticipantNames names) {
        List<OutcomeFlag> flags = new ArrayList<>();
        for (OutcomeSection section : OutcomeSection.values()) {
            flags.addAll(flags(section, draft.section(section), names));
        }
        return flags;
    }

    static List<OutcomeFlag> flags(OutcomeSection section, String source, ParticipantNames names) {
        if (source.isBlank()) {
            return List.of();
        }
        FoldedText text = new FoldedText(source);
        List<Found> found = new ArrayList<>();
        names.find(text.text()).forEach(r -> found.add(new Found(OutcomeFlag.Kind.PARTICIPANT_NAME, r[0], r[1])));
        for (Pattern pattern : AttributionPatterns.ALL) {
            Matcher m = pattern.matcher(text.text());
            while (m.find()) {
                if (!generic(m)) {
                    found.add(new Found(OutcomeFlag.Kind.ATTRIBUTION, m.start(), m.end()));
                }
            }
        }
        // A phrase inside a longer one ("a déclaré" in "Le Canada a déclaré") is the same place: keep the longer.
        List<Found> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            boolean inside = false;
            for (int j = 0; j < found.size() && !inside; j++) {
                Found o = found.get(j);
                inside = j != i && o.kind == f.kind && o.contains(f) && (o.length() > f.length() || j < i);
            }
            if (!inside) {
                kept.add(f);
            }
        }
        kept.sort((a, b) -> a.start - b.start);
        Map<String, OutcomeFlag> byKey = new LinkedHashMap<>();
        for (Found f : kept) {
            int start = text.sourceStart(f.start);
            int end = text.sourceEnd(f.end);
            String key = key(f.kind, section, text.text().substring(f.start, f.end));
            OutcomeFlag earlier = byKey.get(key);
            byKey.put(key, earlier != null
                    ? new OutcomeFlag(key, f.kind, section, earlier.start(), earlier.end(), earlier.text(), earlier.snippet(), earlier.count() + 1, null)
                    : new OutcomeFlag(key, f.kind, section, start, end, source.substring(start, end), snippet(source, start, end), 1, null));
        }
        return List.copyOf(byKey.values());
    }

    /** Kind, section and the matched text folded to lower case with single spaces: stable while the text stays. */
    static String key(OutcomeFlag.Kind kind, OutcomeSection section, String folded) {
        String text = folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (text.length() > KEY_TEXT_MAX) {
            text = text.substring(0, KEY_TEXT_MAX);
        }
        return kind.name().toLowerCase(Locale.ROOT) + ":" + section.name().toLowerCase(Locale.ROOT) + ":" + text;
    }

    private static boolean generic(Matcher m) {
        if (!m.pattern().pattern().contains("(?<subject>")) {
            return false;
        }
        String[] words = m.group("subject").split("\\s+");
        return AttributionPatterns.GENERIC_SUBJECTS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static String snippet(String source, int start, int end) {
        int from = Math.max(0, start - SNIPPET_AROUND);
        int to = Math.min(source.length(), end + SNIPPET_AROUND);
        return (from > 0 ? "…" : "") + source.substring(from, to).replaceAll("\\s+", " ") + (to < source.length() ? "…" : "");
    }

    private record Found(OutcomeFlag.Kind kind, int start, int end) {
        boolean contains(Found other) {
            return start <= other.start && other.end <= end;
        }

        int length() {
            return end - start;
        }
    }
}
