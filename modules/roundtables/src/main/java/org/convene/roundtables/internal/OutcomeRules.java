package org.convene.roundtables.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.SdgRef;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeLimits;
import org.convene.roundtables.OutcomeSection;

/**
 * The checks of a draft, every problem at once. A script or an event handler in a section is
 * refused rather than silently removed: the sanitiser would drop it, but a rapporteur who pasted
 * it should know the text is not what they see (decision 0009). Other HTML is sanitised as usual.
 */
final class OutcomeRules {
    private static final Pattern SCRIPT = Pattern.compile(
            "<\\s*/?\\s*script\\b|<[a-z][^>]*\\son[a-z]+\\s*=|javascript\\s*:", Pattern.CASE_INSENSITIVE);

    private OutcomeRules() {
    }

    static void check(OutcomeDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        for (OutcomeSection section : OutcomeSection.values()) {
            String text = draft.section(section);
            if (text.length() > OutcomeLimits.SECTION_MAX) {
                problems.add(new FieldProblem(section.field(), "outcome.section.too-long",
                        "the section is longer than " + OutcomeLimits.SECTION_MAX + " characters"));
            } else if (SCRIPT.matcher(text).find()) {
                problems.add(new FieldProblem(section.field(), "outcome.section.script",
                        "the text holds a script, an event handler or a javascript: link; remove it (only basic formatting and links are kept)"));
            }
        }
        if (draft.sdgTargets().length() > OutcomeLimits.SDG_TARGETS_MAX) {
            problems.add(new FieldProblem("sdgTargets", "outcome.sdg.too-long",
                    "the SDG targets are longer than " + OutcomeLimits.SDG_TARGETS_MAX + " characters"));
        } else {
            try {
                SdgRef.parseAll("sdgTargets", draft.sdgTargets());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A reviewer's comment: stripped, required when {@code required}, limited in length. */
    static String comment(String comment, boolean required) {
        String text = comment == null ? "" : comment.strip();
        if (required && text.isEmpty()) {
            throw InvalidInputException.of("comment", "outcome.comment.required", "say in a comment what the rapporteur should change");
        }
        if (text.length() > OutcomeLimits.COMMENT_MAX) {
            throw InvalidInputException.of("comment", "outcome.comment.too-long",
                    "the comment is longer than " + OutcomeLimits.COMMENT_MAX + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
