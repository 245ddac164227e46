package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.marketplace.ApplicationStatus;

@MappedEntity("marketplace_decision")
record DecisionRow(@Id @GeneratedValue @Nullable Long id, long applicationId, ApplicationStatus status, long decidedBy, Instant decidedAt) {
}
