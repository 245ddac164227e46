package org.convene.openspace.internal;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.ScheduleResult;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.testing.TestDatabase;

/**
 * Not a test: {@code ops/bench-openspace-scheduler} runs it. On a real embedded MariaDB: an Open
 * Space of 8 slots of 30 minutes and 60 places (40 tables for 2, 15 for 4, 5 rooms for 8), and N
 * accepted requests for any slot among P people (80 % pairs, 15 % threes, 5 % groups of 4 to 6; people
 * drawn at random, so many have several requests). Times {@link OpenSpace#schedule} through the
 * facade (read, plan, write every meeting through the booking transaction) and the plan alone,
 * medians of R runs after one warm-up; prints placed beside the upper bound. The requests are
 * written with bare JDBC batches and reset between runs (setup, not measured).
 * Arguments: [requests] [people] [runs].
 */
public final class SchedulerBenchmark {
    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 1_500;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshSchemaProperties());
        String url = (String) properties.get("datasources.default.url");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            Actor office = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
            long summit = openSpace(context, office);
            try (Connection db = DriverManager.getConnection(url, "root", "")) {
                write(db, summit, requests, people, new Random(42));
                OpenSpace openSpace = context.getBean(OpenSpace.class);
                long[] total = new long[runs];
                long[] plan = new long[runs];
                ScheduleResult result = null;
                for (int run = -1; run < runs; run++) {
                    reset(db, summit);
                    long planStart = System.nanoTime();
                    planOnly(context, summit);
                    long planTime = System.nanoTime() - planStart;
                    long start = System.nanoTime();
                    result = openSpace.schedule(office, summit);
                    long time = System.nanoTime() - start;
                    if (run >= 0) {
                        total[run] = time;
                        plan[run] = planTime;
                    }
                    check(db, summit, result);
                }
                System.out.printf("requests %d (people %d), 8 slots x 60 places: placed %d, upper bound %d (%.1f %%)%n", result.requests(),
                        people, result.placed(), result.upperBound(), 100.0 * result.placed() / result.upperBound());
                System.out.printf("schedule through the facade (read, plan, write each meeting): median %.0f ms of %d runs %s%n",
                        median(total) / 1e6, runs, ms(total));
                System.out.printf("plan alone (read and greedy, no writes): median %.0f ms %s%n", median(plan) / 1e6, ms(plan));
            }
        }
        // The embedded server's and the pool's threads would keep the JVM alive.
        System.exit(0);
    }

    private static long openSpace(ApplicationContext context, Actor office) {
        long chair = context.getBean(ChairmanshipManagement.class).create(new ChairmanshipCommand(List.of("AE"),
                LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31))).id();
        long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chair, "13th GFMD Summit", 13, "Dubai", "Expo",
                LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26), null)).id();
        long hall = context.getBean(SummitSetup.class).addRoom(summit, new RoomCommand("Hall 2", 400, null)).id();
        long session = context.getBean(Programme.class).create(summit, new SessionCommand(SessionKind.OPEN_SPACE, "Open Space", null, hall,
                LocalDateTime.parse("2021-01-25T13:00"), LocalDateTime.parse("2021-01-25T17:00"), List.of(), List.of(), Audience.OPEN, null,
                List.of(), null)).id();
        OpenSpace openSpace = context.getBean(OpenSpace.class);
        openSpace.configure(office, summit, 30, List.of(session));
        for (int i = 0; i < 60; i++) {
            openSpace.addPlace(office, summit, (i < 55 ? "Table " : "Room ") + (i + 1), i < 40 ? 2 : i < 55 ? 4 : 8);
        }
        return summit;
    }

    private static void write(Connection db, long summit, int requests, int people, Random random) throws Exception {
        db.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement request = db.prepareStatement("INSERT INTO openspace_request (summit_id, requester_id, status, created_at,"
                + " changed_at) VALUES (?, ?, 'ACCEPTED', ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement invitee = db.prepareStatement("INSERT INTO openspace_invitee (request_id, person_id, response) VALUES (?, ?, 'ACCEPTED')")) {
            for (int i = 0; i < requests; i++) {
                double kind = random.nextDouble();
                int size = kind < 0.80 ? 2 : kind < 0.95 ? 3 : 4 + random.nextInt(3);
                List<Long> group = new ArrayList<>();
                while (group.size() < size) {
                    long person = 1 + random.nextInt(people);
                    if (!group.contains(person)) {
                        group.add(person);
                    }
                }
                request.setLong(1, summit);
                request.setLong(2, group.getFirst());
                request.setTimestamp(3, now);
                request.setTimestamp(4, now);
                request.executeUpdate();
                try (ResultSet key = request.getGeneratedKeys()) {
                    key.next();
                    long id = key.getLong(1);
                    for (long person : group.subList(1, group.size())) {
                        invitee.setLong(1, id);
                        invitee.setLong(2, person);
                        invitee.addBatch();
                    }
                }
            }
            invitee.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void reset(Connection db, long summit) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM openspace_meeting WHERE summit_id = " + summit);
            s.executeUpdate("UPDATE openspace_request SET status = 'ACCEPTED', slot_start = NULL WHERE summit_id = " + summit);
        }
    }

    /** The scheduler's read and plan without its writes, to show where the time goes. */
    private static void planOnly(ApplicationContext context, long summit) {
        OpenSpaceService service = (OpenSpaceService) context.getBean(OpenSpace.class);
        service.planOnly(summit);
    }

    /** The run left no double booking: by SQL over requests, invitees and meetings. */
    private static void check(Connection db, long summit, ScheduleResult result) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT (SELECT COUNT(*) FROM (SELECT person, slot_start FROM (
                  SELECT r.requester_id AS person, m.slot_start FROM openspace_meeting m JOIN openspace_request r ON r.id = m.request_id
                  UNION ALL SELECT i.person_id, m.slot_start FROM openspace_meeting m JOIN openspace_invitee i ON i.request_id = m.request_id
                ) t GROUP BY person, slot_start HAVING COUNT(*) > 1) d),
                (SELECT COUNT(*) FROM openspace_meeting WHERE summit_id = %d)""".formatted(summit))) {
            r.next();
            if (r.getLong(1) != 0 || r.getLong(2) != result.placed() || result.placed() > result.upperBound()) {
                throw new IllegalStateException("double bookings " + r.getLong(1) + ", meetings " + r.getLong(2) + ", result " + result);
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static String ms(long[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format("%.0f", v / 1e6)).toList().toString();
    }

    private SchedulerBenchmark() {
    }
}
