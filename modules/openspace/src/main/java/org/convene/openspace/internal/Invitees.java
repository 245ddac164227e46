package org.convene.openspace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The invitees of requests; their table has a composite key, so plain SQL. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface Invitees extends GenericRepository<RequestRow, Long> {
    @Query("INSERT INTO openspace_invitee (request_id, person_id, response) VALUES (:requestId, :personId, 'PENDING')")
    void add(long requestId, long personId);

    @Query("UPDATE openspace_invitee SET response = :response, responded_at = :at WHERE request_id = :requestId AND person_id = :personId")
    void answer(long requestId, long personId, String response, Instant at);

    @Query("SELECT request_id, person_id, response, responded_at FROM openspace_invitee WHERE request_id IN (:requestIds) ORDER BY request_id, person_id")
    List<InviteeRow> of(Collection<Long> requestIds);
}
