package org.convene.documents;

import java.util.List;
import java.util.Objects;

/**
 * An agenda as it is printed: a title, a line beneath it, and days of entries. Every text comes
 * ready to print in the reader's language (labels translated, dates and times formatted) by the
 * caller; names and titles may be in any script, the renderer shapes right-to-left text itself.
 *
 * @param title    e.g. the summit's title
 * @param subtitle e.g. "Programme · 24–26 January 2021" or the person's name; may be blank
 * @param days     in order; a day without entries prints its {@code empty} line
 * @param empty    what a day or an agenda without sessions says, e.g. "No sessions."
 */
public record AgendaDocument(String title, String subtitle, List<Day> days, String empty) {
    public AgendaDocument {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        days = List.copyOf(days);
        empty = empty == null ? "" : empty;
    }

    /** @param heading e.g. "Monday 25 January 2021" */
    public record Day(String heading, List<Entry> entries) {
        public Day {
            Objects.requireNonNull(heading, "heading");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One session.
     *
     * @param time    e.g. "09:00–10:30"
     * @param title   the session's title
     * @param kind    e.g. "Roundtable", printed beside the time
     * @param place   e.g. "Roundtable Room A"
     * @param details further lines, e.g. "Chairs: …", "Speakers: …"; may be empty
     */
    public record Entry(String time, String title, String kind, String place, List<String> details) {
        public Entry {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(title, "title");
            kind = kind == null ? "" : kind;
            place = place == null ? "" : place;
            details = List.copyOf(details);
        }
    }
}
