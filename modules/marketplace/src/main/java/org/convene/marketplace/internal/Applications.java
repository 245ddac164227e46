package org.convene.marketplace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import org.convene.marketplace.ApplicationStatus;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Applications extends CrudRepository<ApplicationRow, Long> {
    List<ApplicationRow> findBySummitIdOrderById(long summitId);

    List<ApplicationRow> findBySummitIdAndStatusOrderByOrganisation(long summitId, ApplicationStatus status);

    Optional<ApplicationRow> findBySummitIdAndUserId(long summitId, long userId);

    @Query("SELECT * FROM marketplace_application WHERE id = :id FOR UPDATE")
    Optional<ApplicationRow> lock(long id);
}
