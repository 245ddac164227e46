package org.convene.delegations.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/** Reads of registrations by id in bulk, for {@link ParticipantsService}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantRows extends GenericRepository<Registration, Long> {
    List<Registration> findByIdIn(Collection<Long> ids);
}
