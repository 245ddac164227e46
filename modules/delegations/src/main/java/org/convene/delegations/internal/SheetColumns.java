package org.convene.delegations.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.BulkRegistration;

/** The header row of an upload: every column of the template once, in any order and case, nothing else. */
final class SheetColumns {
    static final String COLUMNS = "import.file.columns";
    private static final String NONE = "–";

    private SheetColumns() {
    }

    /** The problem of the whole file when the header is wrong, or null when it is right. */
    static Sheet check(List<String> header) {
        return check(header, List.of());
    }

    /**
     * As {@link #check(List)}, with the summit's extra questions as further columns, named by their
     * labels: optional in the header (a required question left out is reported on each row).
     */
    static Sheet check(List<String> header, List<String> customLabels) {
        String problem = columnProblem(header, customLabels);
        return problem == null ? null : Sheet.refused(COLUMNS, problem, columnArgs(header, customLabels).toArray(String[]::new));
    }

    /** The column as the template spells it, or the name as written when it is none of them. */
    static String canonical(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return BulkRegistration.COLUMNS.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(name.strip());
    }

    /** What is wrong with the header, or null when it names every column once and nothing else. */
    private static String columnProblem(List<String> header, List<String> customLabels) {
        List<String> args = columnArgs(header, customLabels);
        if (args.stream().allMatch(NONE::equals)) {
            return null;
        }
        return "the header must name the columns " + String.join(", ", BulkRegistration.COLUMNS)
                + " (unknown columns: " + args.get(0) + "; missing columns: " + args.get(1) + "; repeated columns: " + args.get(2) + ")";
    }

    /** The header's unknown, missing and repeated columns, each listed or {@value #NONE}. */
    private static List<String> columnArgs(List<String> header, List<String> customLabels) {
        Map<String, String> known = BulkRegistration.COLUMNS.stream()
                .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));
        customLabels.forEach(label -> known.putIfAbsent(label.strip().toLowerCase(Locale.ROOT), label));
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (String name : header) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                continue;
            }
            if (!known.containsKey(key)) {
                unknown.add(name.strip());
            } else if (!seen.add(key)) {
                repeated.add(known.get(key));
            }
        }
        List<String> missing = BulkRegistration.COLUMNS.stream().filter(c -> !seen.contains(c.toLowerCase(Locale.ROOT))).toList();
        return List.of(listed(unknown), listed(missing), listed(repeated));
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? NONE : String.join(", ", names);
    }
}
