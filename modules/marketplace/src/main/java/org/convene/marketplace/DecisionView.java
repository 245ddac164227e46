package org.convene.marketplace;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One step of an application's history: the status set, by whom, when. */
@Serdeable
public record DecisionView(ApplicationStatus status, long decidedBy, Instant decidedAt) {
}
