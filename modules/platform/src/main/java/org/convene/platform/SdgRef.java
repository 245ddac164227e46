package org.convene.platform;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Sustainable Development Goal (1–17) or one of its targets ("10.7", "10.c"), as outcomes and
 * practices name them. People write them in free forms — "10.7, 8.8", "8.7 &amp; 8.8, 10.7",
 * "10, 11, 16 and 17", "SDG 10.c" — which {@link #parseAll} reads in English, French and Spanish.
 *
 * @param target the part after the dot (digits or one letter), or null for the goal as a whole
 */
public record SdgRef(int goal, @Nullable String target) {
    public static final int GOALS = 17;
    private static final Pattern REF = Pattern.compile("(\\d{1,2})(?:\\.(\\d{1,2}|[a-z]))?");
    /** Separators between references: punctuation and the words for "and". */
    private static final Pattern SEPARATORS = Pattern.compile("[,;&/+]|\\s+(?:and|et|y)\\s+|\\s+");
    /** Words people put before a reference, which carry no meaning of their own. */
    private static final Set<String> NOISE = Set.of("sdg", "sdgs", "goal", "goals", "target", "targets",
            "odd", "ods", "objectif", "objectifs", "objetivo", "objetivos", "cible", "cibles", "meta", "metas");

    public SdgRef {
        if (goal < 1 || goal > GOALS) {
            throw new IllegalArgumentException("an SDG is numbered 1 to " + GOALS);
        }
        target = target == null ? null : target.toLowerCase(Locale.ROOT);
    }

    /**
     * One reference, as typed in a filter.
     *
     * @throws InvalidInputException on the field when it is not a goal or a target
     */
    public static SdgRef parse(String field, String text) {
        List<SdgRef> refs = parseAll(field, text);
        if (refs.size() != 1) {
            throw invalid(field, text);
        }
        return refs.getFirst();
    }

    /**
     * Every reference in a free-form list, in the order written and without repeats; an empty
     * list for a blank text.
     *
     * @throws InvalidInputException on the field, naming the first part that is not a goal or a target
     */
    public static List<SdgRef> parseAll(String field, String text) {
        Set<SdgRef> refs = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String part : SEPARATORS.split(text.strip().toLowerCase(Locale.ROOT))) {
            String token = part.strip();
            if (token.isEmpty() || NOISE.contains(token)) {
                continue;
            }
            Matcher m = REF.matcher(token);
            int goal = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            if (goal < 1 || goal > GOALS) {
                throw invalid(field, token);
            }
            refs.add(new SdgRef(goal, m.group(2)));
        }
        return new ArrayList<>(refs);
    }

    /** Whether this reference is found by a filter: a goal finds itself and all its targets, a target only itself. */
    public boolean matchedBy(SdgRef filter) {
        return goal == filter.goal && (filter.target == null || filter.target.equals(target));
    }

    @Override
    public String toString() {
        return target == null ? Integer.toString(goal) : goal + "." + target;
    }

    private static InvalidInputException invalid(String field, String token) {
        return InvalidInputException.of(field, "sdg.invalid",
                "'" + token + "' is not an SDG (1 to 17) or a target such as 10.7 or 10.c");
    }
}
