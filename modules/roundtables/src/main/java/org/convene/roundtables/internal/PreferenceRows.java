package org.convene.roundtables.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PreferenceRows extends CrudRepository<PreferenceRow, Long> {
    List<PreferenceRow> findByRegistrationIdOrderByChoice(long registrationId);

    List<PreferenceRow> findByRoundtableIdIn(Collection<Long> roundtableIds);

    void deleteByRegistrationId(long registrationId);

    void deleteByRegistrationIdIn(Collection<Long> registrationIds);
}
