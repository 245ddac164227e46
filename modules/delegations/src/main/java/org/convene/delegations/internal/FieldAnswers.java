package org.convene.delegations.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FieldAnswers extends CrudRepository<FieldAnswer, Long> {
    List<FieldAnswer> findByRegistrationId(long registrationId);

    List<FieldAnswer> findByRegistrationIdIn(Collection<Long> registrationIds);

    void deleteByRegistrationId(long registrationId);
}
