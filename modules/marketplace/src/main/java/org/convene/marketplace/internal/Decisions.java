package org.convene.marketplace.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Decisions extends CrudRepository<DecisionRow, Long> {
    List<DecisionRow> findByApplicationIdOrderById(long applicationId);
}
