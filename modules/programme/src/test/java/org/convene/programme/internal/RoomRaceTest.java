package org.convene.programme.internal;

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
 * Two officers (here twelve) save overlapping sessions in one room at the same moment: exactly one
 * succeeds, the others are refused, because every write takes the summit's programme lock first.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomRaceTest extends ProgrammeModuleTest {
    private static final int RACERS = 12;
    private final ExecutorService threads = Executors.newFixedThreadPool(RACERS);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @RepeatedTest(3)
    void of_twelve_overlapping_bookings_of_one_room_saved_at_once_exactly_one_is_stored() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            // Each starts a quarter later than the one before, so every pair overlaps partially.
            int minutes = i * 5;
            String title = "Side event " + i;
            outcomes.add(threads.submit(() -> {
                start.await();
                return programme.create(berlin, session(title, smallRoom, "29T14:" + String.format("%02d", minutes),
                        "29T16:00", List.of(), List.of()));
            }));
        }
        start.countDown();
        int stored = 0;
        int refused = 0;
        for (Future<?> outcome : outcomes) {
            try {
                outcome.get(120, TimeUnit.SECONDS);
                stored++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                refused++;
            }
        }
        assertThat(stored).isEqualTo(1);
        assertThat(refused).isEqualTo(RACERS - 1);
        assertThat(sql.count("programme_session")).isEqualTo(1);
        assertThat(programme.conflicts(berlin)).isEmpty();
    }
}
