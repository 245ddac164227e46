package org.convene.documents;

import java.util.List;
import java.util.Objects;
import org.convene.documents.ConsultationReport.Block;
import org.convene.documents.ConsultationReport.Fact;

/**
 * A summit's report (the chair's summary) as it is printed: a title page with the facts and the
 * contents, then chapters, each on a new page. Every text comes ready to print in the summit's
 * language from the caller; the renderer shapes right-to-left text, numbers the pages ("n / N")
 * and fills the contents with the page each chapter and listed heading starts on.
 *
 * @param contentsTitle the heading of the table of contents, e.g. "Contents"
 */
public record SummitReport(String title, List<Fact> facts, String contentsTitle, List<Chapter> chapters) {
    public SummitReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(contentsTitle, "contentsTitle");
        facts = List.copyOf(facts);
        chapters = List.copyOf(chapters);
    }

    /** A chapter: listed in the contents, printed from a new page. */
    public record Chapter(String heading, List<Part> parts) {
        public Chapter {
            Objects.requireNonNull(heading, "heading");
            parts = List.copyOf(parts);
        }
    }

    /** What a chapter is made of, printed in order. */
    public sealed interface Part permits Heading, Subheading, Text, Note, Chart, Table {
    }

    /** A heading inside a chapter; {@code listed} ones appear in the contents under the chapter. */
    public record Heading(String text, boolean listed) implements Part {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A smaller heading, never listed: a consultation's or a roundtable's name, a section label. */
    public record Subheading(String text) implements Part {
        public Subheading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Rich text as blocks (see {@link RichText#blocks}). */
    public record Text(List<Block> blocks) implements Part {
        public Text {
            blocks = List.copyOf(blocks);
        }
    }

    /** A quiet line in grey: what an empty section says, a line of SDG targets. */
    public record Note(String text) implements Part {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A chart drawn as an image; the same figures should follow as a {@link Table}, for those who cannot see it. */
    public record Chart(String title, ChartKind kind, List<Charts.Bar> values) implements Part {
        public Chart {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
            values = List.copyOf(values);
        }
    }

    public enum ChartKind { BARS, PIE }

    /** Label–value rows, printed as a two-column table. */
    public record Table(List<Fact> rows) implements Part {
        public Table {
            rows = List.copyOf(rows);
        }
    }
}
