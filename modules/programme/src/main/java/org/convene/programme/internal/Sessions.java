package org.convene.programme.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.annotation.Query;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Sessions extends CrudRepository<SessionRow, Long> {
    @Query("SELECT * FROM programme_session WHERE summit_id = :summitId ORDER BY starts_at, room_id, id")
    List<SessionRow> bySummit(long summitId);
}
