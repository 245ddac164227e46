package org.convene.openspace;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * How a summit's Open Space is laid out: the slot length, the periods (programme sessions of kind
 * Open Space, with the times they had when picked), the places, and the slots that follow from them.
 * A summit never configured has no periods and a slot length of 30 minutes.
 */
@Serdeable
public record OpenSpaceSetup(long summitId, int slotMinutes, List<Period> periods, List<Place> places, List<Slot> slots) {
    public static final int DEFAULT_SLOT_MINUTES = 30;

    /** The largest group a meeting may have: the capacity of the largest place, 0 without places. */
    public int largestCapacity() {
        return places.stream().mapToInt(Place::capacity).max().orElse(0);
    }

    @Serdeable
    public record Period(long id, long sessionId, String title, LocalDateTime start, LocalDateTime end) {
    }

    @Serdeable
    public record Place(long id, String name, int capacity) {
    }
}
