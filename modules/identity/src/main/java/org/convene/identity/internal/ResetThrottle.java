package org.convene.identity.internal;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most a few reset links per address and per source in an hour, so nobody can flood a mailbox
 * or probe addresses at speed. In memory, like the sign-in throttle: a restart forgets the counts.
 */
@Singleton
class ResetThrottle {
    static final int PER_ADDRESS = 3;
    static final int PER_SOURCE = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Map<String, Deque<Instant>> bySource = new HashMap<>();
    private final Clock clock;

    ResetThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts the request and answers whether it is within both limits; one lock, so the check and the count are one step. */
    synchronized boolean allow(String address, String source) {
        Instant now = clock.instant();
        Deque<Instant> mine = recent(byAddress, address, now);
        Deque<Instant> theirs = recent(bySource, source == null ? "" : source, now);
        if (mine.size() >= PER_ADDRESS || theirs.size() >= PER_SOURCE) {
            return false;
        }
        mine.addLast(now);
        theirs.addLast(now);
        return true;
    }

    private static Deque<Instant> recent(Map<String, Deque<Instant>> counts, String key, Instant now) {
        Deque<Instant> times = counts.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
        if (times.isEmpty() && counts.size() > 100_000) {
            // Bounded memory under a flood of distinct keys: forget the idle ones.
            counts.values().removeIf(Deque::isEmpty);
        }
        return times;
    }
}
