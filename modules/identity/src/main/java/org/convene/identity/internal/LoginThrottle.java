package org.convene.identity.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;


/**
 * Counts failed sign-ins per e-mail address and per source address in a sliding window.
 * Keyed by the typed address whether or not an account has it, so throttling reveals nothing
 * about which accounts exist. Kept in memory: a restart forgets it, which only helps a guesser
 * by a few tries per restart. Every method holds the throttle's lock, which is all the
 * coordination the map and its queues need.
 */
@Singleton
class LoginThrottle {
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perSource;

    LoginThrottle(Clock clock,
                  @Value("${convene.login.window:15m}") Duration window,
                  @Value("${convene.login.max-failures-per-account:5}") int perAccount,
                  @Value("${convene.login.max-failures-per-source:30}") int perSource) {
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perSource = perSource;
    }

    /**
     * Checks and counts an attempt in one step, so parallel guesses cannot all pass the check
     * before any of them is counted. Answers the seconds to wait, or 0 when the attempt may go
     * ahead (it then counts as a failure until {@link #succeeded(String, String)} says otherwise).
     */
    synchronized long reserve(String email, String source) {
        long wait = secondsToWait(email, source);
        if (wait == 0) {
            failed(email, source);
        }
        return wait;
    }

    /** Seconds to wait before another try, or 0 when a try is allowed. */
    synchronized long secondsToWait(String email, String source) {
        return Math.max(wait("e:" + email, perAccount), wait("s:" + source, perSource));
    }

    synchronized void failed(String email, String source) {
        Instant now = clock.instant();
        for (String key : new String[] {"e:" + email, "s:" + source}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            times.addLast(now);
            prune(times, now);
        }
    }

    synchronized void succeeded(String email) {
        failures.remove("e:" + email);
    }

    /** A reserved attempt succeeded: it no longer counts against the address or the source. */
    synchronized void succeeded(String email, String source) {
        succeeded(email);
        Deque<Instant> times = failures.get("s:" + source);
        if (times != null) {
            times.pollLast();
        }
    }

    private long wait(String key, int limit) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant now = clock.instant();
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
        }
        if (times.size() < limit) {
            return 0;
        }
        return Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
    }
}
