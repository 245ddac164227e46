package org.convene.programme.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Calendars extends CrudRepository<CalendarRow, Long> {
    /** Makes the summit's row exist without failing when another transaction made it first. */
    @Query("INSERT IGNORE INTO programme_calendar (summit_id, time_zone) VALUES (:summitId, 'UTC')")
    void ensure(long summitId);

    /**
     * Locks the summit's programme until the transaction ends: writes of its sessions check rooms
     * and people one after another, so two overlapping bookings cannot both pass.
     */
    @Query("SELECT * FROM programme_calendar WHERE summit_id = :summitId FOR UPDATE")
    Optional<CalendarRow> lock(long summitId);

    @Query("UPDATE programme_calendar SET time_zone = :timeZone WHERE summit_id = :summitId")
    void changeZone(long summitId, String timeZone);
}
