package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record RoomView(long id, long summitId, String name, int capacity, @Nullable String floorArea) {
}
