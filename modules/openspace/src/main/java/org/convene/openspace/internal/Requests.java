package org.convene.openspace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.convene.openspace.RequestStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Requests extends CrudRepository<RequestRow, Long> {
    @Query("SELECT * FROM openspace_request WHERE id = :id FOR UPDATE")
    Optional<RequestRow> lock(long id);

    /** Takes the requester's row lock (creating the row on first use) for the rest of the transaction. */
    @Query("INSERT INTO openspace_requester (person_id) VALUES (:personId) ON DUPLICATE KEY UPDATE person_id = person_id")
    void lockRequester(long personId);

    long countByRequesterIdAndStatusIn(long requesterId, Collection<RequestStatus> statuses);

    long countByRequesterIdAndCreatedAtGreaterThan(long requesterId, Instant since);

    List<RequestRow> findBySummitIdAndStatusOrderById(long summitId, RequestStatus status);

    @Query("""
            SELECT * FROM openspace_request r WHERE r.summit_id = :summitId AND (r.requester_id = :personId
            OR EXISTS (SELECT 1 FROM openspace_invitee i WHERE i.request_id = r.id AND i.person_id = :personId))
            ORDER BY r.id DESC""")
    List<RequestRow> involving(long summitId, long personId);
}
