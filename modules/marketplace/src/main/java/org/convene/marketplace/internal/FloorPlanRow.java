package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A summit's plan; the row also serves as the summit's marketplace lock. */
@MappedEntity("marketplace_floor_plan")
record FloorPlanRow(@Id long summitId, int gridColumns, int gridRows, @Nullable String imageType, @Nullable Integer imageWidth,
                    @Nullable Integer imageHeight, @Nullable Long updatedBy, @Nullable Instant updatedAt) {
}
