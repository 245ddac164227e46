package org.convene.roundtables.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutcomeRows extends CrudRepository<OutcomeRow, Long> {
    @Query("""
            SELECT o.* FROM roundtable_outcome o JOIN roundtable_roundtable r ON r.id = o.roundtable_id
            WHERE r.summit_id = :summitId AND o.status = 'PUBLISHED'""")
    List<OutcomeRow> publishedOf(long summitId);

    @Query("SELECT o.* FROM roundtable_outcome o JOIN roundtable_roundtable r ON r.id = o.roundtable_id WHERE r.summit_id = :summitId")
    List<OutcomeRow> ofSummit(long summitId);
}
