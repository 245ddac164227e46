package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("marketplace_booth")
record BoothRow(@Id @GeneratedValue @Nullable Long id, long summitId, String code, int area, int x, int y, int w, int h) {
}
