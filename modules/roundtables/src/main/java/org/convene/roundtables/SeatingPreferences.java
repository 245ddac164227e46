package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A delegate's choices and seat.
 *
 * @param roundtableIds    first, second and third choice, in that order (none to three)
 * @param seatRoundtableId the roundtable the delegate is seated at, if any
 */
@Serdeable
public record SeatingPreferences(long registrationId, long summitId, List<Long> roundtableIds, @Nullable Long seatRoundtableId) {
    public SeatingPreferences {
        roundtableIds = List.copyOf(roundtableIds);
    }

    public static final int CHOICES_MAX = 3;
}
