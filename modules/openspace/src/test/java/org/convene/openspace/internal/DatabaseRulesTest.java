package org.convene.openspace.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The booking rules hold in the database itself, whatever the Java code does: plain SQL that skips
 * the facade is refused for a place twice in a slot, a person twice in a slot, and a group bigger
 * than its place.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRulesTest extends OpenSpaceModuleTest {
    private long request;

    @BeforeEach
    void oneRequest() {
        sql.update("INSERT INTO openspace_request (summit_id, requester_id, slot_start, status, created_at, changed_at) "
                + "VALUES (" + berlin + ", 1, '2017-06-29 14:00:00', 'BOOKED', NOW(), NOW())");
        request = sql.number("SELECT MAX(id) FROM openspace_request");
        sql.update("INSERT INTO openspace_request (summit_id, requester_id, slot_start, status, created_at, changed_at) "
                + "VALUES (" + berlin + ", 3, '2017-06-29 14:00:00', 'BOOKED', NOW(), NOW())");
    }

    private String meeting(long requestId, long place, int capacity, int size) {
        return "INSERT INTO openspace_meeting (summit_id, request_id, place_id, place_capacity, size, slot_start, slot_end, booked_at) VALUES ("
                + berlin + ", " + requestId + ", " + place + ", " + capacity + ", " + size + ", '2017-06-29 14:00:00', '2017-06-29 14:30:00', NOW())";
    }

    @Test
    void a_place_cannot_hold_two_meetings_in_one_slot() {
        sql.update(meeting(request, table1, 2, 2));
        assertThatThrownBy(() -> sql.update(meeting(request + 1, table1, 2, 2))).hasStackTraceContaining("uq_openspace_meeting_place_slot");
    }

    @Test
    void a_person_cannot_be_in_two_meetings_in_one_slot() {
        sql.update(meeting(request, table1, 2, 2));
        sql.update(meeting(request + 1, table2, 4, 2));
        long first = sql.number("SELECT id FROM openspace_meeting WHERE request_id = " + request);
        long second = sql.number("SELECT id FROM openspace_meeting WHERE request_id = " + (request + 1));
        sql.update("INSERT INTO openspace_busy VALUES (" + berlin + ", '2017-06-29 14:00:00', 1, " + first + ")");
        assertThatThrownBy(() -> sql.update("INSERT INTO openspace_busy VALUES (" + berlin + ", '2017-06-29 14:00:00', 1, " + second + ")"))
                .hasStackTraceContaining("Duplicate entry");
    }

    @Test
    void a_meeting_cannot_be_bigger_than_its_place_nor_lie_about_the_capacity() {
        assertThatThrownBy(() -> sql.update(meeting(request, table1, 2, 3))).hasStackTraceContaining("ck_openspace_meeting_size");
        assertThatThrownBy(() -> sql.update(meeting(request, table1, 8, 3))).hasStackTraceContaining("fk_openspace_meeting_place");
    }

    @Test
    void a_place_cannot_shrink_or_go_under_its_meetings() {
        sql.update(meeting(request, table2, 4, 3));
        assertThatThrownBy(() -> sql.update("UPDATE openspace_place SET capacity = 2 WHERE id = " + table2))
                .hasStackTraceContaining("fk_openspace_meeting_place");
        assertThatThrownBy(() -> sql.update("DELETE FROM openspace_place WHERE id = " + table2)).hasStackTraceContaining("fk_openspace_meeting_place");
    }
}
