package org.convene.marketplace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Booths extends CrudRepository<BoothRow, Long> {
    List<BoothRow> findBySummitIdOrderByCode(long summitId);

    @Query("SELECT * FROM marketplace_booth WHERE id = :id FOR UPDATE")
    Optional<BoothRow> lock(long id);
}
