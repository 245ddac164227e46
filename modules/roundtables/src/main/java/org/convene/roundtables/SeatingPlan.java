package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The seating of a summit: each roundtable (by number) with its seats by name, the accredited
 * delegates who stated choices but have no seat, and the quality figures.
 */
@Serdeable
public record SeatingPlan(long summitId, List<Table> tables, List<Unseated> unseated, SeatingQuality quality) {
    public SeatingPlan {
        tables = List.copyOf(tables);
        unseated = List.copyOf(unseated);
    }

    @Serdeable
    public record Table(long roundtableId, String number, String title, int capacity, List<SeatView> seats) {
        public Table {
            seats = List.copyOf(seats);
        }
    }

    /** @param roundtableIds the delegate's choices, first to third */
    @Serdeable
    public record Unseated(long registrationId, String name, @Nullable String latinName, List<Long> roundtableIds) {
        public Unseated {
            roundtableIds = List.copyOf(roundtableIds);
        }
    }
}
