package org.convene.summit.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Summits extends CrudRepository<Summit, Long> {
    /** Newest first; the id breaks ties so the order is stable. */
    @Query("SELECT * FROM summit_summit ORDER BY start_date DESC, id DESC")
    List<Summit> listNewestFirst();

    List<Summit> findByChairmanshipId(Long chairmanshipId);

    boolean existsByChairmanshipId(Long chairmanshipId);

    /** Locks one summit, so concurrent additions of themes number them one after another. */
    @Query("SELECT * FROM summit_summit WHERE id = :id FOR UPDATE")
    Optional<Summit> lockById(long id);

    @Query("UPDATE summit_summit SET language = :language WHERE id = :id")
    void changeLanguage(long id, String language);
}
