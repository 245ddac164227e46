package org.convene.summit.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Chairmanships extends CrudRepository<Chairmanship, Long> {
    List<Chairmanship> listOrderByTermStart();

    /**
     * Locks every chairmanship until the transaction ends, so two writers cannot both find "no
     * overlap" and both write. No ORDER BY on purpose: the scan then walks the primary key, where
     * new rows (higher ids) land after a waiting reader's position, so it sees them once it resumes.
     * On an empty table only gap locks are taken, which two writers can share; their inserts then
     * deadlock and {@link DeadlockRetry} runs the loser again.
     */
    @Query("SELECT * FROM summit_chairmanship FOR UPDATE")
    List<Chairmanship> lockAll();

    /** Locks one chairmanship, so its term cannot change while a summit inside it is written. */
    @Query("SELECT * FROM summit_chairmanship WHERE id = :id FOR UPDATE")
    Optional<Chairmanship> lockById(long id);
}
