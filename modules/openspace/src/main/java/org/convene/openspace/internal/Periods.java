package org.convene.openspace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Periods extends CrudRepository<PeriodRow, Long> {
    List<PeriodRow> findBySummitIdOrderByStartsAt(long summitId);

    void deleteBySummitId(long summitId);

    /** The periods' times with the slot length, in one statement: the booking path checks a slot with it. */
    @Query("""
            SELECT p.id, p.starts_at, p.ends_at, s.slot_minutes FROM openspace_period p
            LEFT JOIN openspace_settings s ON s.summit_id = p.summit_id WHERE p.summit_id = :summitId""")
    List<SpanRow> spans(long summitId);
}
