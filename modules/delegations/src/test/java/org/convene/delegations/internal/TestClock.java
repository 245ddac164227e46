package org.convene.delegations.internal;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** The application's clock in this module's tests: it stands still until a test moves it on, so "when" is exact. */
@Singleton
@Replaces(Clock.class)
class TestClock extends org.convene.testing.TestClock {
    static final Instant START = Instant.parse("2017-06-01T09:00:00Z");

    TestClock() {
        super(START);
    }

    void reset() {
        set(START);
    }
}
