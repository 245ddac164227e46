package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import org.convene.platform.InvalidInputException;

/**
 * A roundtable never seats more than its capacity, so its capacity cannot drop below the seats
 * taken. Called by {@link RoundtableWrites#update} while it holds the roundtable's row lock, which
 * every seat change takes too.
 */
@Singleton
class SeatCapacity {
    private final SeatRows seats;

    SeatCapacity(SeatRows seats) {
        this.seats = seats;
    }

    void checkReduction(long roundtableId, int capacity) {
        long taken = seats.countByRoundtableId(roundtableId);
        if (capacity < taken) {
            throw InvalidInputException.of("capacity", "seat.capacity.below-seated",
                    "the capacity is below the " + taken + " seats already taken");
        }
    }
}
