package org.convene.programme.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionPeople extends CrudRepository<SessionPerson, Long> {
    List<SessionPerson> findBySessionIdInOrderByPosition(Collection<Long> sessionIds);

    List<SessionPerson> findByRegistrationId(long registrationId);

    void deleteBySessionId(long sessionId);
}
