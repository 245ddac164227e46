package org.convene.summit.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitLimits;

/** The checks of a summit command; its dates must lie inside its chairmanship's term. */
final class SummitRules {
    private SummitRules() {
    }

    /**
     * @param term the term of the chairmanship the command names, empty when it names none that exists
     * @throws org.convene.platform.InvalidInputException listing every problem found
     */
    static void check(SummitCommand command, Optional<Term> term) {
        Problems problems = new Problems();
        problems.required("chairmanshipId", command.chairmanshipId());
        if (command.chairmanshipId() != null && term.isEmpty()) {
            problems.add("chairmanshipId", "summit.chairmanship.unknown", "chairmanship " + command.chairmanshipId() + " does not exist");
        }
        problems.text("title", Texts.stripped(command.title()), SummitLimits.TITLE_MAX);
        problems.text("city", Texts.stripped(command.city()), SummitLimits.CITY_MAX);
        problems.text("venue", Texts.stripped(command.venue()), SummitLimits.VENUE_MAX);
        problems.optionalText("overarchingTheme", Texts.strippedOrNull(command.overarchingTheme()), SummitLimits.OVERARCHING_THEME_MAX);
        Integer edition = command.edition();
        if (edition != null && (edition < 1 || edition > SummitLimits.EDITION_MAX)) {
            problems.add("edition", "summit.edition.range", "edition must be between 1 and " + SummitLimits.EDITION_MAX);
        }
        checkDates(command.startDate(), command.endDate(), command.retentionDate(), term, problems);
        problems.throwIfAny();
    }

    private static void checkDates(LocalDate start, LocalDate end, LocalDate retention, Optional<Term> term, Problems problems) {
        problems.required("startDate", start);
        problems.required("endDate", end);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("endDate", "summit.dates.end-before-start", "endDate must not be before startDate");
        }
        if (retention != null && end != null && retention.isBefore(end)) {
            problems.add("retentionDate", "summit.retention.before-end", "retentionDate must not be before endDate");
        }
        term.ifPresent(t -> {
            if (start != null && !t.contains(start)) {
                problems.add("startDate", "summit.dates.outside-term", "startDate must lie within the chairmanship's term, " + t);
            }
            if (end != null && !t.contains(end)) {
                problems.add("endDate", "summit.dates.outside-term", "endDate must lie within the chairmanship's term, " + t);
            }
        });
    }
}
