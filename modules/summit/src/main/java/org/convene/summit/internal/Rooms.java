package org.convene.summit.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Rooms extends CrudRepository<Room, Long> {
    List<Room> findBySummitIdOrderByName(Long summitId);

    boolean existsBySummitIdAndName(Long summitId, String name);

    boolean existsBySummitIdAndNameAndIdNotEqual(Long summitId, String name, Long id);
}
