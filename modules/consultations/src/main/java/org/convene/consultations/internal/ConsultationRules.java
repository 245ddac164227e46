package org.convene.consultations.internal;

import static org.convene.consultations.ConsultationLimits.CITY_MAX;
import static org.convene.consultations.ConsultationLimits.PARTICIPANTS_MAX;
import static org.convene.consultations.ConsultationLimits.PARTICIPANT_COUNT_MAX;
import static org.convene.consultations.ConsultationLimits.PROCESS_MAX;
import static org.convene.consultations.ConsultationLimits.THEMES_MAX;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.consultations.ConsultationCommand;
import org.convene.platform.Countries;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Texts;

/** The rules of a consultation's fields, in plain Java: every problem at once, or none. */
final class ConsultationRules {
    private ConsultationRules() {
    }

    /**
     * @param summitThemes the ids of the summit's themes; any other theme is refused
     * @throws InvalidInputException listing every broken rule
     */
    static void check(ConsultationCommand c, Set<Long> summitThemes) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "process", c.process(), PROCESS_MAX);
        text(problems, "city", c.city(), CITY_MAX);
        if (c.countryCode() == null || !Countries.isValid(c.countryCode().strip().toUpperCase())) {
            problems.add(new FieldProblem("countryCode", "consultation.country.invalid", "choose a country"));
        }
        if (c.startDate() == null) {
            problems.add(new FieldProblem("startDate", "consultation.date.required", "a start date is required"));
        }
        if (c.endDate() == null) {
            problems.add(new FieldProblem("endDate", "consultation.date.required", "an end date is required"));
        } else if (c.startDate() != null && c.endDate().isBefore(c.startDate())) {
            problems.add(new FieldProblem("endDate", "consultation.date.order", "the end date is before the start date"));
        }
        if (c.participants().size() > PARTICIPANTS_MAX) {
            problems.add(new FieldProblem("participants", "consultation.participants.too-many", "at most " + PARTICIPANTS_MAX + " states"));
        } else if (c.participants().stream().anyMatch(code -> code == null || !Countries.isValid(code.strip().toUpperCase()))) {
            problems.add(new FieldProblem("participants", "consultation.participants.invalid", "participants are ISO 3166-1 alpha-2 country codes"));
        }
        if (c.participantCount() != null && (c.participantCount() < 0 || c.participantCount() > PARTICIPANT_COUNT_MAX)) {
            problems.add(new FieldProblem("participantCount", "consultation.participant-count.range",
                    "the participant count is between 0 and " + PARTICIPANT_COUNT_MAX));
        }
        themes(problems, c.themeIds(), summitThemes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void themes(List<FieldProblem> problems, List<Long> themeIds, Set<Long> summitThemes) {
        if (themeIds.size() > THEMES_MAX) {
            problems.add(tooManyThemes());
        } else if (new HashSet<>(themeIds).size() != themeIds.size()) {
            problems.add(new FieldProblem("themeIds", "consultation.themes.duplicate", "a theme is named twice"));
        } else if (!summitThemes.containsAll(themeIds)) {
            problems.add(otherSummit());
        }
    }

    static FieldProblem tooManyThemes() {
        return new FieldProblem("themeIds", "consultation.themes.too-many", "a consultation takes up at most " + THEMES_MAX + " themes");
    }

    static FieldProblem otherSummit() {
        return new FieldProblem("themeIds", "consultation.themes.other-summit", "a theme is not one of this summit's");
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        String v = Texts.strippedOrNull(value);
        if (v == null) {
            problems.add(new FieldProblem(field, "consultation." + field + ".required", field + " is required"));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "consultation." + field + ".too-long", field + " is longer than " + max + " characters"));
        }
    }

    static List<String> codes(List<String> participants) {
        return participants.stream().map(c -> c.strip().toUpperCase()).distinct().toList();
    }
}
