package org.convene.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
 * Several officers give one booth, and several exhibitors book one stage slot, at the same moment:
 * exactly one wins each time, the others get a ConflictException, and the tables agree afterwards.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceRaceTest extends MarketplaceModuleTest {
    private static final int CLIENTS = 4;
    private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @RepeatedTest(3)
    void a_booth_given_to_several_exhibitors_at_once_goes_to_exactly_one() throws Exception {
        long a1 = booth("A1", 0, 0);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            long exhibitor = accepted("Exhibitor " + i).id();
            calls.add(() -> marketplace.allocate(OFFICE, exhibitor, a1));
        }
        assertThat(race(calls)).isEqualTo(1);
        assertThat(sql.number("SELECT COUNT(*) FROM marketplace_allocation WHERE booth_id = " + a1)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void a_slot_booked_by_several_exhibitors_at_once_goes_to_exactly_one() throws Exception {
        long slot = marketplace.addSlot(OFFICE, berlin, java.time.LocalDateTime.parse("2017-06-29T12:00"), 15).id();
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Exhibitor exhibitor = accepted("Exhibitor " + i);
            calls.add(() -> marketplace.book(exhibitor.actor(), slot));
        }
        assertThat(race(calls)).isEqualTo(1);
        assertThat(sql.number("SELECT COUNT(*) FROM marketplace_stage_booking")).isEqualTo(1);
    }

    /** Starts the calls together; the number that succeeded (every other must be a conflict). */
    private int race(List<Callable<Object>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (Callable<Object> call : calls) {
            outcomes.add(threads.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Object> outcome : outcomes) {
            try {
                outcome.get(120, TimeUnit.SECONDS);
                won++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
            }
        }
        return won;
    }
}
