package org.convene.roundtables.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CoChairRows extends CrudRepository<CoChairRow, Long> {
    List<CoChairRow> findByRoundtableIdInOrderByPosition(Collection<Long> roundtableIds);

    void deleteByRoundtableId(long roundtableId);
}
