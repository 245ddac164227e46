package org.convene.openspace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Places extends CrudRepository<PlaceRow, Long> {
    @Query("SELECT * FROM openspace_place WHERE summit_id = :summitId ORDER BY capacity, name")
    List<PlaceRow> bySummit(long summitId);

    boolean existsBySummitIdAndName(long summitId, String name);

    @Query("SELECT COALESCE(MAX(capacity), 0) FROM openspace_place WHERE summit_id = :summitId")
    int largestCapacity(long summitId);

    /** The smallest place that fits the group and holds no meeting at the slot (then the lowest id). */
    @Query("""
            SELECT p.* FROM openspace_place p
            WHERE p.summit_id = :summitId AND p.capacity >= :size
            AND NOT EXISTS (SELECT 1 FROM openspace_meeting m WHERE m.place_id = p.id AND m.slot_start = :slot)
            ORDER BY p.capacity, p.id LIMIT 1""")
    Optional<PlaceRow> smallestFree(long summitId, int size, LocalDateTime slot);
}
