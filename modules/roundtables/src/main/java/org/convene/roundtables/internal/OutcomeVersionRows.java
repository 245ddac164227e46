package org.convene.roundtables.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutcomeVersionRows extends CrudRepository<OutcomeVersionRow, Long> {
    List<OutcomeVersionRow> findByRoundtableIdOrderByRevisionDesc(long roundtableId);

    Optional<OutcomeVersionRow> findByRoundtableIdAndRevision(long roundtableId, int revision);
}
