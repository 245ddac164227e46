package org.convene.partnerships.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PracticeRows extends CrudRepository<PracticeRow, Long> {
    List<PracticeRow> findByIdIn(Collection<Long> ids);

    List<PracticeRow> findByRoundtableIdOrderByName(long roundtableId);
}
