package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A room of the summit's venue. */
@Serdeable
public record RoomCommand(@Nullable String name, @Nullable Integer capacity, @Nullable String floorArea) {
}
