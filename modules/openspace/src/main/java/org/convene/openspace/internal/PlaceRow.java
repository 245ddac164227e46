package org.convene.openspace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("openspace_place")
record PlaceRow(@Id @GeneratedValue @Nullable Long id, long summitId, String name, int capacity) {
}
