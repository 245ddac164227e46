package org.convene.summit.internal;

import java.time.LocalDate;
import java.util.List;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipView;

/** The forum's real chairmanships from 2013 to 2021, as fixtures. */
final class History {
    static final ChairmanshipCommand SWEDEN = command(List.of("SE"), "2013-01-01", "2014-06-30");
    static final ChairmanshipCommand TURKEY = command(List.of("TR"), "2014-07-01", "2015-12-31");
    static final ChairmanshipCommand BANGLADESH = command(List.of("BD"), "2016-01-01", "2016-12-31");
    static final ChairmanshipCommand GERMANY_MOROCCO = command(List.of("DE", "MA"), "2017-01-01", "2018-12-31");
    static final ChairmanshipCommand ECUADOR = command(List.of("EC"), "2019-01-01", "2019-12-31");
    static final ChairmanshipCommand UAE = command(List.of("AE"), "2020-01-01", "2021-01-31");

    static final List<ChairmanshipCommand> ALL = List.of(SWEDEN, TURKEY, BANGLADESH, GERMANY_MOROCCO, ECUADOR, UAE);

    private History() {
    }

    static ChairmanshipCommand command(List<String> chairs, String start, String end) {
        return new ChairmanshipCommand(chairs, LocalDate.parse(start), LocalDate.parse(end));
    }

    /** The history as views with ids 1..6 in term order, for tests without a database. */
    static List<ChairmanshipView> views() {
        return ALL.stream()
                .map(c -> new ChairmanshipView(ALL.indexOf(c) + 1, c.chairs(), c.termStart(), c.termEnd()))
                .toList();
    }
}
