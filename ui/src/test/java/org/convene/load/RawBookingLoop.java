package org.convene.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The baseline: one JDBC connection in a loop doing the booking's own statements, with no HTTP, no
 * authentication, no framework and no mails: the requester's row lock, the two anti-flood counts,
 * the request and its invitee (one transaction); then the request's row lock, the invitee's answer,
 * the busy check, the smallest free place, the meeting and its busy rows, the request's status
 * (another); a refusal is rolled back and the request cancelled, and one booking in ten is called
 * off again, as in the HTTP simulation.
 */
final class RawBookingLoop {
    record Result(long bookings, long refused, long attempts, double seconds, double p95Millis) {
        double perSecond() {
            return bookings / seconds;
        }
    }

    private final Connection db;
    private final long summit;
    private final List<Long> people;
    private final List<LocalDateTime> slots;
    private final Random random = new Random(7);

    RawBookingLoop(Connection db, long summit, List<Long> people, List<LocalDateTime> slots) {
        this.db = db;
        this.summit = summit;
        this.people = people;
        this.slots = slots;
    }

    Result run(int seconds) throws SQLException {
        db.setAutoCommit(false);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        long bookings = 0;
        long refused = 0;
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
            long requester = people.get(random.nextInt(people.size()));
            long invitee;
            do {
                invitee = people.get(random.nextInt(people.size()));
            } while (invitee == requester);
            LocalDateTime slot = slots.get(random.nextInt(slots.size()));
            long began = System.nanoTime();
            long request = request(requester, invitee, slot);
            boolean booked = accept(request, requester, invitee, slot);
            latencies.add(System.nanoTime() - began);
            if (booked) {
                bookings++;
                if (random.nextInt(10) == 0) {
                    cancel(request);
                }
            } else {
                refused++;
                cancel(request);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p95 = sorted.length == 0 ? 0 : sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        return new Result(bookings, refused, sorted.length, elapsed, p95);
    }

    private long request(long requester, long invitee, LocalDateTime slot) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        update("INSERT INTO openspace_requester (person_id) VALUES (?) ON DUPLICATE KEY UPDATE person_id = person_id", requester);
        count("SELECT COUNT(*) FROM openspace_request WHERE requester_id = ? AND status IN ('OPEN', 'ACCEPTED')", requester);
        count("SELECT COUNT(*) FROM openspace_request WHERE requester_id = ? AND created_at > ?", requester,
                Timestamp.from(Instant.now().minusSeconds(3600)));
        long id;
        try (PreparedStatement s = db.prepareStatement("INSERT INTO openspace_request (summit_id, requester_id, slot_start, status,"
                + " created_at, changed_at) VALUES (?, ?, ?, 'OPEN', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(s, summit, requester, slot, now, now);
            s.executeUpdate();
            try (ResultSet key = s.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        update("INSERT INTO openspace_invitee (request_id, person_id, response) VALUES (?, ?, 'PENDING')", id, invitee);
        db.commit();
        return id;
    }

    private boolean accept(long request, long requester, long invitee, LocalDateTime slot) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        count("SELECT COUNT(*) FROM openspace_request WHERE id = ? FOR UPDATE", request);
        count("SELECT COUNT(*) FROM openspace_invitee WHERE request_id = ?", request);
        update("UPDATE openspace_invitee SET response = 'ACCEPTED', responded_at = ? WHERE request_id = ? AND person_id = ?", now, request,
                invitee);
        if (count("SELECT COUNT(*) FROM openspace_busy WHERE summit_id = ? AND slot_start = ? AND person_id IN (?, ?)", summit, slot,
                requester, invitee) > 0) {
            db.rollback();
            return false;
        }
        long place = count("""
                SELECT COALESCE(MIN(id), 0) FROM (SELECT p.id FROM openspace_place p WHERE p.summit_id = ? AND p.capacity >= 2
                AND NOT EXISTS (SELECT 1 FROM openspace_meeting m WHERE m.place_id = p.id AND m.slot_start = ?)
                ORDER BY p.capacity, p.id LIMIT 1) f""", summit, slot);
        if (place == 0) {
            db.rollback();
            return false;
        }
        try {
            long meeting;
            try (PreparedStatement s = db.prepareStatement("INSERT INTO openspace_meeting (summit_id, request_id, place_id, place_capacity,"
                    + " size, slot_start, slot_end, booked_at) SELECT ?, ?, id, capacity, 2, ?, ?, ? FROM openspace_place WHERE id = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(s, summit, request, slot, slot.plusMinutes(10), now, place);
                s.executeUpdate();
                try (ResultSet key = s.getGeneratedKeys()) {
                    key.next();
                    meeting = key.getLong(1);
                }
            }
            for (long person : Arrays.stream(new long[] {requester, invitee}).sorted().toArray()) {
                update("INSERT INTO openspace_busy (summit_id, slot_start, person_id, meeting_id) VALUES (?, ?, ?, ?)", summit, slot, person,
                        meeting);
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            db.rollback();
            return false;
        }
        update("UPDATE openspace_request SET status = 'BOOKED', changed_at = ? WHERE id = ?", now, request);
        db.commit();
        return true;
    }

    private void cancel(long request) throws SQLException {
        count("SELECT COUNT(*) FROM openspace_request WHERE id = ? FOR UPDATE", request);
        update("DELETE FROM openspace_meeting WHERE request_id = ?", request);
        update("UPDATE openspace_request SET status = 'CANCELLED', changed_at = ? WHERE id = ?", Timestamp.from(Instant.now()), request);
        db.commit();
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, values);
            s.executeUpdate();
        }
    }

    private long count(String sql, Object... values) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i] instanceof LocalDateTime t ? Timestamp.valueOf(t) : values[i]);
        }
    }
}
