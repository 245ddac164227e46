package org.convene.openspace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Meetings extends CrudRepository<MeetingRow, Long> {
    Optional<MeetingRow> findByRequestId(long requestId);

    List<MeetingRow> findByRequestIdIn(Collection<Long> requestIds);

    @Query("SELECT * FROM openspace_meeting WHERE summit_id = :summitId ORDER BY slot_start, place_id")
    List<MeetingRow> bySummit(long summitId);

    boolean existsByPlaceId(long placeId);

    long countBySummitId(long summitId);

    @Query("INSERT INTO openspace_busy (summit_id, slot_start, person_id, meeting_id) VALUES (:summitId, :slot, :personId, :meetingId)")
    void occupy(long summitId, LocalDateTime slot, long personId, long meetingId);

    @Query("SELECT COUNT(*) FROM openspace_busy WHERE summit_id = :summitId AND slot_start = :slot AND person_id IN (:people)")
    long busyAmong(long summitId, LocalDateTime slot, Collection<Long> people);

    @Query("SELECT person_id, slot_start, meeting_id FROM openspace_busy WHERE summit_id = :summitId")
    List<BusyRow> busy(long summitId);

    @Query("SELECT m.* FROM openspace_meeting m JOIN openspace_busy b ON b.meeting_id = m.id WHERE b.person_id = :personId ORDER BY m.slot_start")
    List<MeetingRow> ofPerson(long personId);

    @Query("SELECT person_id, slot_start, meeting_id FROM openspace_busy WHERE meeting_id IN (:meetingIds)")
    List<BusyRow> peopleOf(Collection<Long> meetingIds);
}
