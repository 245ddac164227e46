package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A booth on the plan; the exhibitor when one is allocated (always an accepted one). */
@Serdeable
public record BoothView(long id, long summitId, String code, int area, int x, int y, int w, int h, @Nullable Long exhibitorId,
                        @Nullable String exhibitorName) {
}
