package org.convene.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.convene.platform.db.EmbeddedMariaDb;

/**
 * Not a test: {@code ops/bench-openspace-load} runs it. In one run, on one machine: an embedded
 * MariaDB with production durability (an fsync per commit); the benchmark's summit written through
 * the facades ({@link LoadSeed}); Convene's own jar started against it on loopback; a short warm-up;
 * Gatling ({@code ops/load}) with N simulated attendees booking for S seconds; the SQL audit; then,
 * on the same database reset, {@link RawBookingLoop} for the same S seconds and the audit again.
 * Prints bookings per second and p95 latencies of both side by side.
 * Arguments: [attendees] [seconds] [think time in ms]. System properties: {@code convene.load.app-jvm-args}
 * (e.g. a flight recording of the app), {@code convene.load.trace=true} (MariaDB's general log of one
 * booking, after the warm-up, in {@code ui/target/load/general.log}).
 */
public final class OpenSpaceLoadBenchmark {
    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        long think = args.length > 2 ? Long.parseLong(args[2]) : 4000;
        Path work = Path.of("ui/target/load").toAbsolutePath();
        deleteRecursively(work.resolve("db"));
        deleteRecursively(work.resolve("app"));
        Files.createDirectories(work);
        EmbeddedMariaDb server = EmbeddedMariaDb.start(work.resolve("bin"), work.resolve("db"), false);
        int code;
        try {
            code = run(server, work, users, seconds, think);
        } finally {
            server.close();
        }
        System.exit(code);
    }

    private static int run(EmbeddedMariaDb server, Path work, int users, int seconds, long think) throws Exception {
        server.createDatabase("convene");
        String url = server.jdbcUrl("convene");
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", "root");
        properties.put("datasources.default.password", "");
        properties.put("convene.demo", "false");
        properties.put("convene.data-dir", work.resolve("app").toString());
        properties.put("convene.mail.sender.enabled", "false");
        System.out.printf("Seeding %d attendees, 144 slots, 130 places...%n", users);
        LoadSeed.Seeded seeded = LoadSeed.write(properties, users);
        Path attendees = work.resolve("attendees.csv");
        Files.write(attendees, seeded.attendees().stream().map(a -> a.registrationId() + "," + a.token()).toList());
        Path slots = work.resolve("slots.txt");
        Files.write(slots, seeded.slots());

        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Process app = startApp(work, url, port);
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            awaitHealth(base, app);
            System.out.println("App up on " + base + "; warming up for 30 s...");
            Warmup.run(base, seeded, 16, Duration.ofSeconds(30));
            if (Boolean.getBoolean("convene.load.trace")) {
                try (Statement st = db.createStatement()) {
                    st.execute("SET GLOBAL log_output = 'FILE'");
                    st.execute("SET GLOBAL general_log_file = '" + work.resolve("general.log") + "'");
                    st.execute("SET GLOBAL general_log = 1");
                }
                Warmup.run(base, seeded, 1, Duration.ofMillis(1));
                try (Statement st = db.createStatement()) {
                    st.execute("SET GLOBAL general_log = 0");
                }
            }
            reset(db, seeded.summitId());

            System.out.printf("Gatling: %d attendees booking for %d s (think time %d ms)...%n", users, seconds, think);
            long questions = questions(db);
            Map<String, Long> comBefore = coms(db);
            CpuMeter meter = new CpuMeter(app.toHandle());
            meter.start();
            Path report = gatling(work, base, seeded.summitId(), attendees, slots, users, seconds, think);
            CpuMeter.Use cpu = meter.stop();
            CallStats http = CallStats.read(work.resolve("calls.txt"));
            long httpQueries = questions(db) - questions;
            Map<String, Long> comAfter = coms(db);
            String mix = comAfter.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - comBefore.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0 && !e.getKey().equals("Com_show_status"))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> e.getKey().substring(4) + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
            BookingAudit.Findings afterHttp = BookingAudit.check(db, seeded.summitId());
            long booked = one(db, "SELECT COUNT(*) FROM openspace_request WHERE status = 'BOOKED' AND summit_id = " + seeded.summitId());
            reset(db, seeded.summitId());
            System.out.printf("Raw JDBC loop for %d s...%n", seconds);
            List<Long> people = seeded.attendees().stream().map(LoadSeed.Attendee::registrationId).toList();
            List<LocalDateTime> slotTimes = seeded.slots().stream().map(LocalDateTime::parse).toList();
            questions = questions(db);
            CpuMeter rawMeter = new CpuMeter(ProcessHandle.current());
            rawMeter.start();
            RawBookingLoop.Result raw = new RawBookingLoop(db, seeded.summitId(), people, slotTimes).run(seconds);
            CpuMeter.Use rawCpu = rawMeter.stop();
            long rawQueries = questions(db) - questions;
            db.setAutoCommit(true);
            BookingAudit.Findings afterRaw = BookingAudit.check(db, seeded.summitId());

            long bookings = http.status("accept", 200);
            double rate = bookings / http.seconds();
            System.out.println();
            System.out.printf("JDK %s; %d cores; app, MariaDB, Gatling and the loop on this one machine%n",
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.printf("HTTP, Convene on loopback (Gatling, %d attendees, %.0f s, think %d ms; report %s):%n", users, http.seconds(), think,
                    work.relativize(report));
            System.out.printf("  bookings %d = %.1f/s; refused (409: busy or no place) %d; calls %d = %.1f/s, failed %d%n", bookings, rate,
                    http.status("accept", 409), http.count("all"), http.count("all") / http.seconds(), http.failed());
            System.out.printf("  p95: request %d ms, accept (books) %d ms, all calls %d ms; p99 all calls %d ms%n", http.p95("request"),
                    http.p95("accept"), http.p95("all"), http.p99("all"));
            System.out.printf("  SQL statements: %.1f per call, %.1f per booking (%s)%n", (double) httpQueries / http.count("all"),
                    (double) httpQueries / bookings, mix);
            System.out.printf("  %s; app %.1f ms and MariaDB %.1f ms of CPU per call%n", cpu, 1000 * cpu.app() / http.count("all"),
                    1000 * cpu.database() / http.count("all"));
            System.out.printf("  audit: %s; requests BOOKED %d (bookings %d less %d called off)%n", afterHttp, booked, bookings,
                    http.status("call_off", 200));
            System.out.printf("Raw JDBC loop (one connection, the booking's statements, no HTTP/auth/mails), %.0f s:%n", raw.seconds());
            System.out.printf("  bookings %d = %.1f/s; refused %d; p95 request+accept %.1f ms; SQL statements %.1f per booking%n", raw.bookings(),
                    raw.perSecond(), raw.refused(), raw.p95Millis(), (double) rawQueries / raw.bookings());
            System.out.printf("  MariaDB %.1f ms of CPU per booking (%.0f s over %.0f s; the loop's JVM %.0f s)%n",
                    1000 * rawCpu.database() / raw.bookings(), rawCpu.database(), rawCpu.seconds(), rawCpu.app());
            System.out.printf("  audit: %s%n", afterRaw);
            System.out.printf("HTTP bookings/s over the raw loop's: %.2fx (goal >= 0.5x); HTTP p95 all calls %d ms (goal <= 250 ms)%n",
                    rate / raw.perSecond(), http.p95("all"));
            boolean consistent = booked == bookings - http.status("call_off", 200);
            if (afterHttp.doubleBookings() != 0 || afterRaw.doubleBookings() != 0 || !consistent) {
                System.out.println("FAILED: double bookings or bookings not matching the database");
                return 1;
            }
            return 0;
        } finally {
            app.destroyForcibly();
        }
    }

    private static Process startApp(Path work, String url, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        // e.g. -XX:StartFlightRecording=... to profile the app under the load
        String extra = System.getProperty("convene.load.app-jvm-args", "");
        // The collector ops/run starts the app with, unless the arguments choose another.
        if (!extra.matches(".*-XX:\\+Use\\w+GC.*")) {
            command.add("-XX:+UseParallelGC");
        }
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-Dmicronaut.server.port=" + port, "-Ddatasources.default.url=" + url,
                "-Ddatasources.default.username=root", "-Ddatasources.default.password=", "-Dconvene.demo=false",
                "-Dconvene.data-dir=" + work.resolve("app"),
                // The simulated attendees book far faster than people can: the anti-flood limits would refuse them.
                "-Dconvene.openspace.requests-per-hour=1000000", "-Dconvene.openspace.open-requests-max=1000",
                "-jar", Path.of("ui/target/convene.jar").toAbsolutePath().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
    }

    private static void awaitHealth(String base, Process app) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app stopped; see ui/target/load/app.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not answer /health within 3 minutes; see ui/target/load/app.log");
    }

    private static Path gatling(Path work, String base, long summit, Path attendees, Path slots, int users, int seconds, long think)
            throws Exception {
        Path results = work.resolve("gatling");
        deleteRecursively(results);
        List<String> command = List.of("mvn", "-B", "-q", "-f", "ops/load/pom.xml", "gatling:test", "-Dgatling.resultsFolder=" + results,
                "-Dconvene.base=" + base, "-Dconvene.summit=" + summit, "-Dconvene.attendees=" + attendees, "-Dconvene.slots=" + slots,
                "-Dconvene.users=" + users, "-Dconvene.seconds=" + seconds, "-Dconvene.think.ms=" + think,
                "-Dconvene.stats=" + work.resolve("calls.txt"));
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("gatling.log").toFile()).start();
        if (gatling.waitFor() != 0) {
            throw new IllegalStateException("Gatling failed; see ui/target/load/gatling.log");
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report in " + results));
        }
    }

    /** Everyone's requests and meetings go (meetings, invitees and busy rows by cascade); people, places and slots stay. */
    private static void reset(Connection db, long summit) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM openspace_request WHERE summit_id = " + summit);
            s.executeUpdate("DELETE FROM openspace_requester");
        }
    }

    /** Statements the server has run so far (all clients): MariaDB's Questions counter. */
    private static long questions(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); var r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            r.next();
            return r.getLong(2);
        }
    }

    private static Map<String, Long> coms(Connection db) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Statement s = db.createStatement(); var r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com\\_%'")) {
            while (r.next()) {
                m.put(r.getString(1), r.getLong(2));
            }
        }
        return m;
    }

    private static long one(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The simulation's own summary (ops/load Recorder): per call name its count, p50, p95, p99, max, and the count per status. */
    record CallStats(double seconds, Map<String, long[]> calls, Map<String, Map<Integer, Long>> statuses) {
        static CallStats read(Path file) throws IOException {
            double seconds = 0;
            Map<String, long[]> calls = new HashMap<>();
            Map<String, Map<Integer, Long>> statuses = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "seconds" -> seconds = Double.parseDouble(f[1]);
                    case "calls" -> calls.put(f[1], new long[] {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                            Long.parseLong(f[5]), Long.parseLong(f[6])});
                    case "status" -> statuses.computeIfAbsent(f[1], k -> new HashMap<>()).put(Integer.parseInt(f[2]), Long.parseLong(f[3]));
                    default -> throw new IllegalStateException("unexpected line in " + file + ": " + line);
                }
            }
            return new CallStats(seconds, calls, statuses);
        }

        long count(String name) {
            return calls.getOrDefault(name, new long[5])[0];
        }

        long p95(String name) {
            return calls.getOrDefault(name, new long[5])[2];
        }

        long p99(String name) {
            return calls.getOrDefault(name, new long[5])[3];
        }

        long status(String name, int status) {
            return statuses.getOrDefault(name, Map.of()).getOrDefault(status, 0L);
        }

        /** Calls that answered neither as expected nor with a conflict: anything but 200, 201 and 409. */
        long failed() {
            return statuses.values().stream().flatMap(m -> m.entrySet().stream())
                    .filter(e -> e.getKey() != 200 && e.getKey() != 201 && e.getKey() != 409).mapToLong(Map.Entry::getValue).sum();
        }
    }

    private OpenSpaceLoadBenchmark() {
    }
}
