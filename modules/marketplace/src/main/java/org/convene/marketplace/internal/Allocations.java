package org.convene.marketplace.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Allocations extends CrudRepository<AllocationRow, Long> {
    Optional<AllocationRow> findByApplicationId(long applicationId);

    List<AllocationRow> findByBoothIdIn(Collection<Long> boothIds);

    void deleteByApplicationId(long applicationId);
}
