package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A summit's floor plan. Without an image booths sit on a grid of {@code columns × rows} cells; with
 * one, their positions and sizes are percentages of the image's width and height.
 */
@Serdeable
public record FloorPlanView(long summitId, int columns, int rows, boolean hasImage, @Nullable Integer imageWidth,
                            @Nullable Integer imageHeight) {
    /** The plan's extent in booth units: the grid, or 100 × 100 percent of the image. */
    public int width() {
        return hasImage ? MarketplaceLimits.IMAGE_SCALE : columns;
    }

    public int height() {
        return hasImage ? MarketplaceLimits.IMAGE_SCALE : rows;
    }
}
