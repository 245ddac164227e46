package org.convene.delegations.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StatusChanges extends CrudRepository<StatusChange, Long> {
    List<StatusChange> findByRegistrationIdOrderById(long registrationId);
}
