package org.convene.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the application, so tests can replace it (a clock is an edge we do not own). */
@Factory
class TimeFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
