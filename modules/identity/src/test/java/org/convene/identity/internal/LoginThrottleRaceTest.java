package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convene.testing.TestClock;
import org.junit.jupiter.api.Test;

/** Parallel guesses must not slip past the throttle between its check and its count. */
class LoginThrottleRaceTest {
    private final LoginThrottle throttle = new LoginThrottle(new TestClock(Instant.parse("2026-11-23T09:00:00Z")),
            Duration.ofMinutes(15), 5, 30);

    @Test
    void of_forty_parallel_attempts_on_one_address_only_five_may_go_ahead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> waits = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String source = "192.0.2." + i;
            waits.add(pool.submit(() -> {
                start.await();
                return throttle.reserve("ada@example.org", source);
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Long> wait : waits) {
            if (wait.get() == 0) {
                allowed++;
            }
        }
        pool.shutdown();
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void a_successful_attempt_does_not_count_against_its_source() {
        for (int i = 0; i < 29; i++) {
            throttle.reserve("user" + i + "@example.org", "198.51.100.7");
        }
        assertThat(throttle.reserve("grace@example.org", "198.51.100.7")).isZero();
        throttle.succeeded("grace@example.org", "198.51.100.7");

        assertThat(throttle.secondsToWait("other@example.org", "198.51.100.7")).isZero();
    }
}
