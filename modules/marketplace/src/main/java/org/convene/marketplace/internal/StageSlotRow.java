package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

@MappedEntity("marketplace_stage_slot")
record StageSlotRow(@Id @GeneratedValue @Nullable Long id, long summitId, LocalDateTime startsAt, LocalDateTime endsAt) {
}
