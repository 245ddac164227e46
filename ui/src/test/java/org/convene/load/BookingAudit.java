package org.convene.load;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts, by SQL over requests, invitees, meetings and places (not over the busy rows whose key is
 * the rule itself), every way a booking could be double: a person in two meetings at one slot, a
 * place with two meetings at one slot, a meeting with more people than its place holds, and a
 * meeting whose busy rows do not match its participants.
 */
final class BookingAudit {
    record Findings(long meetings, long personTwice, long placeTwice, long overCapacity, long busyMismatch) {
        long doubleBookings() {
            return personTwice + placeTwice + overCapacity + busyMismatch;
        }

        @Override
        public String toString() {
            return "%d meetings standing; double bookings: %d (person in two meetings at one slot %d, place with two meetings at one slot %d,"
                    .formatted(meetings, doubleBookings(), personTwice, placeTwice)
                    + " over capacity %d, busy rows not matching %d)".formatted(overCapacity, busyMismatch);
        }
    }

    static Findings check(Connection db, long summit) throws SQLException {
        String participants = """
                SELECT m.id AS meeting, m.slot_start, m.place_id, r.requester_id AS person FROM openspace_meeting m
                  JOIN openspace_request r ON r.id = m.request_id WHERE m.summit_id = %1$d
                UNION ALL SELECT m.id, m.slot_start, m.place_id, i.person_id FROM openspace_meeting m
                  JOIN openspace_invitee i ON i.request_id = m.request_id WHERE m.summit_id = %1$d""".formatted(summit);
        return new Findings(
                one(db, "SELECT COUNT(*) FROM openspace_meeting WHERE summit_id = " + summit),
                one(db, "SELECT COUNT(*) FROM (SELECT person, slot_start FROM (" + participants + ") p GROUP BY person, slot_start"
                        + " HAVING COUNT(*) > 1) d"),
                one(db, "SELECT COUNT(*) FROM (SELECT place_id, slot_start FROM openspace_meeting WHERE summit_id = " + summit
                        + " GROUP BY place_id, slot_start HAVING COUNT(*) > 1) d"),
                one(db, "SELECT COUNT(*) FROM (SELECT p.meeting, MAX(pl.capacity) AS capacity, COUNT(*) AS people FROM (" + participants
                        + ") p JOIN openspace_place pl ON pl.id = p.place_id GROUP BY p.meeting HAVING people > capacity) d"),
                one(db, "SELECT COUNT(*) FROM (" + participants + ") p LEFT JOIN openspace_busy b ON b.summit_id = " + summit
                        + " AND b.slot_start = p.slot_start AND b.person_id = p.person AND b.meeting_id = p.meeting WHERE b.meeting_id IS NULL")
                        + one(db, "SELECT COUNT(*) FROM openspace_busy b JOIN openspace_meeting m ON m.id = b.meeting_id LEFT JOIN ("
                        + participants + ") p ON p.meeting = b.meeting_id AND p.person = b.person_id AND p.slot_start = b.slot_start"
                        + " WHERE m.summit_id = " + summit + " AND p.meeting IS NULL"));
    }

    private static long one(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private BookingAudit() {
    }
}
