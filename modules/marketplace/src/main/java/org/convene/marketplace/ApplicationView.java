package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An application as its exhibitor and the chair office see it.
 *
 * @param decidedBy the user who set the current status (null while only applied)
 * @param booth     the booth allocated, once accepted and placed
 * @param slot      the stage slot the exhibitor booked
 */
@Serdeable
public record ApplicationView(
        long id,
        long summitId,
        long userId,
        long registrationId,
        String organisation,
        String projectTitle,
        String description,
        ApplicationStatus status,
        Instant appliedAt,
        Instant updatedAt,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Nullable BoothView booth,
        @Nullable StageSlotView slot,
        List<ProductView> products) {
}
