package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;

/** A presentation slot at the shared stage, in the venue's local time; the exhibitor who booked it, if any. */
@Serdeable
public record StageSlotView(long id, long summitId, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable Long exhibitorId,
                            @Nullable String exhibitorName) {
    public boolean free() {
        return exhibitorId == null;
    }
}
