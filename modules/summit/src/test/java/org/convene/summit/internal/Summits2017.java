package org.convene.summit.internal;

import java.time.LocalDate;
import org.convene.summit.SummitCommand;

/** Summit fixtures from the German–Moroccan chairmanship (2017–2018). */
final class Summits2017 {
    private Summits2017() {
    }

    static SummitCommand berlin(long chairmanshipId) {
        return new SummitCommand(chairmanshipId, "10th GFMD Summit", 10, "Berlin", "Federal Foreign Office",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"),
                "Towards a Global Social Contract on Migration and Development");
    }

    static SummitCommand marrakesh(long chairmanshipId) {
        return new SummitCommand(chairmanshipId, "11th GFMD Summit", 11, "Marrakesh", "Palais des Congrès",
                LocalDate.parse("2018-12-05"), LocalDate.parse("2018-12-07"), null);
    }

    static SummitCommand withDates(SummitCommand c, String start, String end) {
        return new SummitCommand(c.chairmanshipId(), c.title(), c.edition(), c.city(), c.venue(),
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end), c.overarchingTheme());
    }
}
