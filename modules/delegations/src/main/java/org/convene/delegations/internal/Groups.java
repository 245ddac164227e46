package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Groups extends CrudRepository<Group, Long> {
    List<Group> findBySummitIdOrderById(long summitId);

    /**
     * Locks one group until the transaction ends. Every write to the group's registrations takes
     * this lock first, so concurrent nominations count the places one after another.
     */
    @Query("SELECT * FROM delegation_group WHERE id = :id FOR UPDATE")
    Optional<Group> lockById(long id);
}
