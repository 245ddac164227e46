package org.convene.delegations.internal;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's clock in this module's tests: it stands still until a test moves it on, so "when" is exact. */
@Singleton
@Replaces(Clock.class)
class TestClock extends Clock {
    static final Instant START = Instant.parse("2017-06-01T09:00:00Z");
    private volatile Instant now = START;

    void reset() {
        now = START;
    }

    void advance(Duration step) {
        now = now.plus(step);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
