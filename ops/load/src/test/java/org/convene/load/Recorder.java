package org.convene.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The simulation's own account of each call, beside Gatling's HTML report: response time and status
 * per call name, written as plain lines the benchmark reads ({@code name count ok p50 p95 p99 max} and
 * the count per status), so the figures need no parsing of HTML.
 */
final class Recorder {
    private final Map<String, ConcurrentLinkedQueue<long[]>> calls = new ConcurrentHashMap<>();
    private volatile long started;
    private volatile long finished;

    void start() {
        started = System.nanoTime();
    }

    void finish() {
        finished = System.nanoTime();
    }

    /** @param status the HTTP status, or 0 when there was no answer */
    void record(String name, long millis, int status) {
        calls.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(new long[] {millis, status});
    }

    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("seconds " + (finished - started) / 1e9);
        List<long[]> everything = new ArrayList<>();
        for (Map.Entry<String, ConcurrentLinkedQueue<long[]>> e : new TreeMap<>(calls).entrySet()) {
            List<long[]> all = new ArrayList<>(e.getValue());
            everything.addAll(all);
            lines.add(summary(e.getKey().replace(' ', '_'), all));
            Map<Long, Integer> statuses = new TreeMap<>();
            all.forEach(c -> statuses.merge(c[1], 1, Integer::sum));
            statuses.forEach((status, n) -> lines.add("status " + e.getKey().replace(' ', '_') + " " + status + " " + n));
        }
        lines.add(summary("all", everything));
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(String name, List<long[]> calls) {
        long[] times = calls.stream().mapToLong(c -> c[0]).sorted().toArray();
        return "calls %s %d %d %d %d %d".formatted(name, times.length, percentile(times, 50), percentile(times, 95), percentile(times, 99),
                times.length == 0 ? 0 : times[times.length - 1]);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * p / 100) - 1];
    }
}
