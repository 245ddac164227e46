package org.convene.summit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.convene.platform.Countries;
import org.convene.platform.Problems;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.SummitLimits;

/** The checks a chairmanship command must pass on its own, before any other chairmanship is looked at. */
final class ChairmanshipRules {
    private ChairmanshipRules() {
    }

    /**
     * @return the command's term, once every field is fine
     * @throws org.convene.platform.InvalidInputException listing every problem found
     */
    static Term check(ChairmanshipCommand command) {
        Problems problems = new Problems();
        checkChairs(command.chairs(), problems);
        problems.required("termStart", command.termStart());
        problems.required("termEnd", command.termEnd());
        if (command.termStart() != null && command.termEnd() != null && command.termEnd().isBefore(command.termStart())) {
            problems.add("termEnd", "chairmanship.term.end-before-start", "termEnd must not be before termStart");
        }
        problems.throwIfAny();
        return new Term(command.termStart(), command.termEnd());
    }

    private static void checkChairs(List<String> chairs, Problems problems) {
        if (chairs == null || chairs.isEmpty()) {
            problems.add("chairs", "validation.required", "chairs must name at least one state");
            return;
        }
        if (chairs.size() > SummitLimits.MAX_CHAIRS) {
            problems.add("chairs", "chairmanship.chairs.too-many", "chairs must name at most " + SummitLimits.MAX_CHAIRS + " states");
        }
        // Codes are taken exactly as given: "de" is refused rather than guessed, so what is stored is what was meant.
        List<String> unknown = chairs.stream().filter(code -> !Countries.isValid(code)).map(Objects::toString).toList();
        if (!unknown.isEmpty()) {
            problems.add("chairs", "chairmanship.chairs.unknown",
                    "chairs must be ISO 3166-1 alpha-2 codes in upper case, e.g. DE; not " + String.join(", ", unknown));
        }
        if (new HashSet<>(chairs).size() < chairs.size()) {
            problems.add("chairs", "chairmanship.chairs.duplicate", "chairs must name each state once");
        }
    }
}
