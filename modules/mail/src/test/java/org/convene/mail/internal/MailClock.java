package org.convene.mail.internal;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.convene.testing.TestClock;

/** The application's clock in this module's tests: it moves only when a test moves it. */
@Singleton
@Replaces(Clock.class)
class MailClock extends TestClock {
    static final Instant START = Instant.parse("2017-06-01T09:00:00Z");

    MailClock() {
        super(START);
    }
}
