package org.convene.openspace.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Periods extends CrudRepository<PeriodRow, Long> {
    List<PeriodRow> findBySummitIdOrderByStartsAt(long summitId);

    void deleteBySummitId(long summitId);
}
