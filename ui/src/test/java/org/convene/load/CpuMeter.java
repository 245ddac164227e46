package org.convene.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * CPU seconds spent by the app, by MariaDB and by the whole machine over a phase, so the benchmark
 * can say where the cores went (the rest is Gatling and the benchmark itself). Linux only: the
 * machine's figure comes from /proc/stat, in the kernel's 100 ticks a second.
 */
final class CpuMeter {
    record Use(double app, double database, double machine, double seconds) {
        double others() {
            return machine - app - database;
        }

        @Override
        public String toString() {
            return String.format("CPU over %.0f s of %d cores: app %.0f s, MariaDB %.0f s, Gatling and the rest %.0f s (machine %.0f%% busy)",
                    seconds, Runtime.getRuntime().availableProcessors(), app, database, others(),
                    100 * machine / (seconds * Runtime.getRuntime().availableProcessors()));
        }
    }

    private final ProcessHandle app;
    private final Optional<ProcessHandle> database;
    private double app0;
    private double database0;
    private double machine0;
    private long started;

    /** @param app the app's process (or this one, for the raw loop) */
    CpuMeter(ProcessHandle app) {
        this.app = app;
        this.database = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false)).findFirst();
    }

    void start() {
        app0 = cpu(app);
        database0 = database.map(CpuMeter::cpu).orElse(0.0);
        machine0 = machine();
        started = System.nanoTime();
    }

    Use stop() {
        return new Use(cpu(app) - app0, database.map(CpuMeter::cpu).orElse(0.0) - database0, machine() - machine0,
                (System.nanoTime() - started) / 1e9);
    }

    private static double cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private static double machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // user nice system idle iowait irq softirq steal: busy is all but idle and iowait
            long[] t = Arrays.stream(f, 1, 9).mapToLong(Long::parseLong).toArray();
            return (t[0] + t[1] + t[2] + t[5] + t[6] + t[7]) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
