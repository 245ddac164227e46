package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.convene.testing.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final String ADA = "ada@example.org";
    private static final String HOME = "192.0.2.1";
    private static final String CAFE = "198.51.100.7";

    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, WINDOW, 5, 30);

    @Test
    void four_failures_leave_the_address_free_to_try_again() {
        fail(ADA, HOME, 4);

        assertThat(throttle.secondsToWait(ADA, HOME)).isZero();
    }

    @Test
    void five_failures_throttle_that_address_from_any_source() {
        fail(ADA, HOME, 5);

        assertThat(throttle.secondsToWait(ADA, HOME)).isPositive();
        assertThat(throttle.secondsToWait(ADA, CAFE)).isPositive();
    }

    @Test
    void five_failures_for_one_address_leave_another_address_free() {
        fail(ADA, HOME, 5);

        assertThat(throttle.secondsToWait("grace@example.org", CAFE)).isZero();
        assertThat(throttle.secondsToWait("grace@example.org", HOME)).isZero();
    }

    @Test
    void tries_are_allowed_again_once_the_failures_are_a_window_old() {
        fail(ADA, HOME, 5);

        clock.advance(WINDOW.minusSeconds(1));
        assertThat(throttle.secondsToWait(ADA, HOME)).isPositive();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.secondsToWait(ADA, HOME)).isZero();
    }

    @Test
    void the_window_slides_so_only_the_failures_of_the_last_fifteen_minutes_count() {
        fail(ADA, HOME, 3);
        clock.advance(Duration.ofMinutes(10));
        fail(ADA, HOME, 2);
        assertThat(throttle.secondsToWait(ADA, HOME)).isPositive();

        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.secondsToWait(ADA, HOME)).isZero();
        fail(ADA, HOME, 2);
        assertThat(throttle.secondsToWait(ADA, HOME)).isZero();
        fail(ADA, HOME, 1);
        assertThat(throttle.secondsToWait(ADA, HOME)).isPositive();
    }

    @Test
    void thirty_failures_from_one_source_throttle_that_source_for_any_address() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("guess" + i + "@example.org", HOME);
        }

        assertThat(throttle.secondsToWait("never-tried@example.org", HOME)).isPositive();
        assertThat(throttle.secondsToWait("never-tried@example.org", CAFE)).isZero();
    }

    @Test
    void twenty_nine_failures_from_one_source_leave_it_free() {
        for (int i = 0; i < 29; i++) {
            throttle.failed("guess" + i + "@example.org", HOME);
        }

        assertThat(throttle.secondsToWait("never-tried@example.org", HOME)).isZero();
    }

    @Test
    void a_success_clears_the_failures_of_that_address() {
        fail(ADA, HOME, 4);
        throttle.succeeded(ADA);
        fail(ADA, HOME, 4);

        assertThat(throttle.secondsToWait(ADA, HOME)).isZero();
    }

    @Test
    void the_wait_is_the_whole_window_right_after_the_last_allowed_failure() {
        fail(ADA, HOME, 5);

        assertThat(throttle.secondsToWait(ADA, HOME)).isEqualTo(WINDOW.toSeconds());
    }

    @Test
    void the_wait_counts_down_from_the_oldest_failure_in_the_window() {
        fail(ADA, HOME, 1);
        clock.advance(Duration.ofMinutes(10));
        fail(ADA, HOME, 4);

        assertThat(throttle.secondsToWait(ADA, HOME)).isEqualTo(Duration.ofMinutes(5).toSeconds());
    }

    @Test
    void the_wait_is_never_zero_while_throttled_even_in_the_last_second() {
        fail(ADA, HOME, 5);
        clock.advance(WINDOW.minusMillis(500));

        assertThat(throttle.secondsToWait(ADA, HOME)).isEqualTo(1);
    }

    private void fail(String email, String source, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, source);
        }
    }
}
