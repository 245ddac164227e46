package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StatusChanges extends CrudRepository<StatusChange, Long> {
    List<StatusChange> findByRegistrationIdOrderById(long registrationId);

    /** When each person of the summit checked in (a person checks in once). */
    @Query("SELECT h.* FROM delegation_registration_history h JOIN delegation_registration r ON r.id = h.registration_id"
            + " WHERE r.summit_id = :summitId AND h.to_status = 'CHECKED_IN' ORDER BY h.changed_at")
    List<StatusChange> checkInsOfSummit(long summitId);
}
