package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("roundtable_co_chair")
record CoChairRow(@Id @GeneratedValue @Nullable Long id, long roundtableId, String stateCode, int position) {
}
