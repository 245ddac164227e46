package org.convene.roundtables.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Row locks on roundtables for seating: seats of a roundtable are counted only under its lock, so
 * two officers can never both take its last seat. Locks are taken in id order.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SeatLocks extends GenericRepository<RoundtableRow, Long> {
    @Query("SELECT * FROM roundtable_roundtable WHERE summit_id = :summitId ORDER BY id FOR UPDATE")
    List<RoundtableRow> lockSummit(long summitId);

    @Query("SELECT * FROM roundtable_roundtable WHERE id = :id FOR UPDATE")
    Optional<RoundtableRow> lock(long id);
}
