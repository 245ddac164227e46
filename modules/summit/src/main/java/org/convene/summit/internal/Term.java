package org.convene.summit.internal;

import java.time.LocalDate;
import java.util.Objects;

/** The term of a chairmanship: both the first and the last day belong to it. */
record Term(LocalDate start, LocalDate end) {
    Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a term cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** Whether the two terms share at least one day; a term ending the day before another starts does not overlap it. */
    boolean overlaps(Term other) {
        return !end.isBefore(other.start) && !other.end.isBefore(start);
    }

    boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** As messages show it, e.g. "2017-01-01 to 2018-12-31". */
    @Override
    public String toString() {
        return start + " to " + end;
    }
}
