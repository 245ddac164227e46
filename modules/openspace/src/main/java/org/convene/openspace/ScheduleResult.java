package org.convene.openspace;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a scheduler run did with the accepted requests for any slot.
 *
 * @param requests   accepted requests for any slot that were waiting
 * @param placed     how many got a slot and a place
 * @param upperBound no schedule could place more: see {@code ScheduleBound}
 */
@Serdeable
public record ScheduleResult(int requests, int placed, int upperBound) {
}
