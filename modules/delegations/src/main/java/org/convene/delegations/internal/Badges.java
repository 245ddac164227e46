package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Badges extends CrudRepository<Badge, Long> {
    List<Badge> findByRegistrationIdIn(Collection<Long> registrationIds);

    /**
     * Records a print. The serial never goes back: if another print of the same badge committed a
     * higher serial meanwhile, that one stays current.
     */
    @Query("INSERT INTO delegation_badge (registration_id, serial, printed_at, printed_by)"
            + " VALUES (:registrationId, :serial, :printedAt, :printedBy)"
            + " ON DUPLICATE KEY UPDATE printed_at = IF(VALUES(serial) >= serial, VALUES(printed_at), printed_at),"
            + " printed_by = IF(VALUES(serial) >= serial, VALUES(printed_by), printed_by),"
            + " serial = GREATEST(serial, VALUES(serial))")
    void record(long registrationId, int serial, Instant printedAt, long printedBy);
}
