package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convene.platform.Countries;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableLimits;

/** The checks of a roundtable command against its summit's themes and groups, every problem at once. */
final class RoundtableRules {
    private RoundtableRules() {
    }

    static void check(RoundtableCommand c, Set<Long> summitThemes, Set<Long> summitGroups) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.themeId() == null) {
            problems.add(new FieldProblem("themeId", "roundtable.theme.required", "choose the theme of the roundtable"));
        } else if (!summitThemes.contains(c.themeId())) {
            problems.add(new FieldProblem("themeId", "roundtable.theme.other-summit", "the theme is not one of this summit's"));
        }
        if (c.title() == null || c.title().isBlank()) {
            problems.add(new FieldProblem("title", "roundtable.title.required", "give the roundtable a title"));
        } else if (c.title().strip().length() > RoundtableLimits.TITLE_MAX) {
            problems.add(new FieldProblem("title", "roundtable.title.too-long",
                    "the title is longer than " + RoundtableLimits.TITLE_MAX + " characters"));
        }
        if (c.format() == null) {
            problems.add(new FieldProblem("format", "roundtable.format.required", "choose the format"));
        }
        if (c.capacity() == null || c.capacity() < 1 || c.capacity() > RoundtableLimits.CAPACITY_MAX) {
            problems.add(new FieldProblem("capacity", "roundtable.capacity.range",
                    "the capacity is a number of seats from 1 to " + RoundtableLimits.CAPACITY_MAX));
        }
        if (c.coChairs().isEmpty()) {
            problems.add(new FieldProblem("coChairs", "roundtable.co-chairs.required", "name at least one co-chairing state"));
        } else if (c.coChairs().size() > RoundtableLimits.CO_CHAIRS_MAX) {
            problems.add(new FieldProblem("coChairs", "roundtable.co-chairs.too-many",
                    "a roundtable has at most " + RoundtableLimits.CO_CHAIRS_MAX + " co-chairs"));
        }
        states("coChairs", c.coChairs(), problems);
        states("teamStates", c.teamStates(), problems);
        if (c.teamStates().size() + c.teamGroupIds().size() > RoundtableLimits.TEAM_MAX) {
            problems.add(new FieldProblem("teamStates", "roundtable.team.too-many",
                    "a preparation team has at most " + RoundtableLimits.TEAM_MAX + " members"));
        }
        if (!summitGroups.containsAll(c.teamGroupIds())) {
            problems.add(new FieldProblem("teamGroupIds", "roundtable.team.other-summit", "a group of the team is not one of this summit's"));
        }
        if (new HashSet<>(c.teamGroupIds()).size() != c.teamGroupIds().size()) {
            problems.add(new FieldProblem("teamGroupIds", "roundtable.team.repeated", "a group is named twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The codes as stored: upper case, without repeats, in the order given. */
    static List<String> codes(List<String> codes) {
        return codes.stream().map(code -> code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static void states(String field, List<String> codes, List<FieldProblem> problems) {
        for (String code : codes(codes)) {
            if (!Countries.isValid(code)) {
                problems.add(new FieldProblem(field, "roundtable.state.unknown", "'" + code + "' is not a state's ISO code"));
                return;
            }
        }
        if (codes(codes).size() != codes.size()) {
            problems.add(new FieldProblem(field, "roundtable.state.repeated", "a state is named twice"));
        }
    }
}
