package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A booth as the chair office places it: x and y are its top-left cell (from 0), w and h its extent,
 * in grid cells or in percent of the plan image; area is its size in square metres.
 */
@Serdeable
public record BoothCommand(@Nullable String code, int area, int x, int y, int w, int h) {
}
