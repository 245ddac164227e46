package org.convene.summit.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Themes extends CrudRepository<Theme, Long> {
    List<Theme> findBySummitIdOrderByPosition(Long summitId);

    /** A locking read, so it sees the latest themes whatever this transaction has read before. */
    @Query("SELECT COALESCE(MAX(position), 0) FROM summit_theme WHERE summit_id = :summitId FOR UPDATE")
    int lastPosition(long summitId);

    @Query("SELECT * FROM summit_theme WHERE id = :id FOR UPDATE")
    Optional<Theme> lockById(long id);

    /** Closes the gap a deleted theme leaves, so the themes stay numbered 1..n. */
    @Query("UPDATE summit_theme SET position = position - 1, version = version + 1 WHERE summit_id = :summitId AND position > :position")
    void closeGapAfter(long summitId, int position);
}
