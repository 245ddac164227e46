package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.platform.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Two officers seat two delegates at the last seat of a roundtable at the same moment: exactly one
 * is seated, because each takes the roundtable's row lock before counting its seats.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatRaceTest extends SeatingModuleTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @RepeatedTest(5)
    void ofTwoDelegatesSeatedAtTheLastSeatAtOnceExactlyOneSits() throws Exception {
        long table = table(mobility, "Fair recruitment", 2);
        seating.seat(OFFICE, delegate(civilSociety, "SN"), table);
        List<Long> people = List.of(delegate(civilSociety, "MX"), delegate(business, "DE"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (long person : people) {
            outcomes.add(threads.submit(() -> {
                start.await();
                return seating.seat(OFFICE, person, table);
            }));
        }
        start.countDown();
        int seated = 0;
        int refused = 0;
        for (Future<?> outcome : outcomes) {
            try {
                outcome.get(120, TimeUnit.SECONDS);
                seated++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                refused++;
            }
        }
        assertThat(seated).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_seat WHERE roundtable_id = " + table)).isEqualTo(2);
    }
}
