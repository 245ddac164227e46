package org.convene.programme.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.programme.Audience;
import org.convene.programme.ProgrammeLimits;
import org.convene.programme.SessionCommand;

/**
 * Checks a session's fields against its summit: every field problem at once, so the form marks
 * them all. Conflicts with other sessions are {@link ConflictRules}' business.
 */
final class SessionRules {
    private SessionRules() {
    }

    /**
     * @param registered the registrations of the summit that hold a place
     * @param groups     the summit's stakeholder group ids
     */
    static void check(SessionCommand c, Venue venue, Set<Long> registered, Set<Long> groups, ConflictRules rules) {
        Problems problems = new Problems();
        problems.required("kind", c.kind());
        problems.text("title", Texts.strippedOrNull(c.title()), ProgrammeLimits.TITLE_MAX);
        if (c.roomId() == null) {
            problems.required("roomId", null);
        } else if (!venue.rooms().containsKey(c.roomId())) {
            problems.add("roomId", "programme.room.unknown", "the room is not one of the summit's venue");
        }
        if (c.themeId() != null && !venue.themes().containsKey(c.themeId())) {
            problems.add("themeId", "programme.theme.unknown", "the theme is not one of the summit's themes");
        }
        problems.required("start", c.start());
        problems.required("end", c.end());
        if (c.start() != null && c.end() != null) {
            if (!c.end().isAfter(c.start())) {
                problems.add("end", "programme.end.before-start", "the session must end after it starts");
            } else if (!rules.withinSummit(new Slot(0, "", 0, c.start(), c.end(), Set.of(), null))) {
                problems.add("start", "programme.outside-summit", "the session must lie within the summit's dates");
            }
        }
        problems.required("audience", c.audience());
        if (c.audience() == Audience.GROUP) {
            if (c.audienceGroupId() == null) {
                problems.required("audienceGroupId", null);
            } else if (!groups.contains(c.audienceGroupId())) {
                problems.add("audienceGroupId", "programme.group.unknown", "the group is not one of the summit's groups");
            }
        }
        people(problems, "chairs", c.chairs(), registered, ProgrammeLimits.PEOPLE_MAX);
        people(problems, "speakers", c.speakers(), registered, ProgrammeLimits.PEOPLE_MAX);
        people(problems, "invited", c.invited(), registered, ProgrammeLimits.INVITED_MAX);
        if (c.expectedAudience() != null && (c.expectedAudience() < 0 || c.expectedAudience() > ProgrammeLimits.EXPECTED_AUDIENCE_MAX)) {
            problems.add("expectedAudience", "programme.expected.range",
                    "the expected audience must be between 0 and " + ProgrammeLimits.EXPECTED_AUDIENCE_MAX);
        }
        problems.throwIfAny();
    }

    private static void people(Problems problems, String field, List<Long> ids, Set<Long> registered, int max) {
        if (ids.size() > max) {
            problems.add(field, "validation.too-long", field + " may name at most " + max + " people");
        } else if (!registered.containsAll(ids)) {
            problems.add(field, "programme.person.unknown", "everyone named must be registered for the summit");
        } else if (new HashSet<>(ids).size() != ids.size()) {
            problems.add(field, "programme.person.twice", "a person is named twice");
        }
    }
}
