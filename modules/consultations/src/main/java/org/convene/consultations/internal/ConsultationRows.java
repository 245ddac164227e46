package org.convene.consultations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsultationRows extends CrudRepository<ConsultationRow, Long> {
    @Query("SELECT * FROM consultation_consultation WHERE summit_id = :summitId ORDER BY start_date, id")
    List<ConsultationRow> bySummit(long summitId);

    /** Locks the consultation until the transaction ends: its theme changes go one after another. */
    @Query("SELECT * FROM consultation_consultation WHERE id = :id FOR UPDATE")
    Optional<ConsultationRow> lock(long id);
}
