package org.convene.roundtables.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutcomeCommentRows extends CrudRepository<OutcomeCommentRow, Long> {
    List<OutcomeCommentRow> findByRoundtableIdOrderById(long roundtableId);
}
