package org.convene.roundtables.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoundtableRows extends CrudRepository<RoundtableRow, Long> {
    List<RoundtableRow> findBySummitId(long summitId);

    /** Locks the roundtable until the transaction ends. */
    @Query("SELECT * FROM roundtable_roundtable WHERE id = :id FOR UPDATE")
    Optional<RoundtableRow> lock(long id);

    /**
     * The theme's highest number so far, locking the theme's range of the number index: a second
     * officer adding to the same theme waits, then reads the number the first one took.
     */
    @Query("SELECT COALESCE(MAX(number), 0) FROM roundtable_roundtable WHERE theme_id = :themeId FOR UPDATE")
    int lastNumber(long themeId);
}
