package org.convene.documents;

import java.util.List;
import java.util.Objects;

/**
 * A regional consultation's report as it is printed. Every text comes ready to print in the
 * reader's language from the caller; the renderer shapes right-to-left text itself.
 *
 * @param title   e.g. "Regional consultation: Colombo Process"
 * @param facts   label and value lines under the title (co-chairs, place, dates, participants)
 * @param themes  one section per theme
 * @param empty   what a theme without observations says
 */
public record ConsultationReport(String title, List<Fact> facts, List<Section> themes, String empty) {
    public ConsultationReport {
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        themes = List.copyOf(themes);
        empty = empty == null ? "" : empty;
    }

    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** @param byline e.g. "Written by … on …"; may be blank */
    public record Section(String heading, List<Block> blocks, String byline) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            blocks = List.copyOf(blocks);
            byline = byline == null ? "" : byline;
        }
    }

    /** A paragraph, or an item of a bulleted or numbered list (its number given). */
    public record Block(Kind kind, int number, List<Run> runs) {
        public Block {
            Objects.requireNonNull(kind, "kind");
            runs = List.copyOf(runs);
        }
    }

    public enum Kind { PARAGRAPH, BULLET, NUMBERED }

    /** A stretch of text with one formatting; a line break is a run of "\n". */
    public record Run(String text, boolean bold, boolean italic) {
        public Run {
            Objects.requireNonNull(text, "text");
        }
    }
}
