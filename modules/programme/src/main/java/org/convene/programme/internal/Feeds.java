package org.convene.programme.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Feeds extends CrudRepository<FeedRow, Long> {
    Optional<FeedRow> findByTokenHash(byte[] tokenHash);
}
