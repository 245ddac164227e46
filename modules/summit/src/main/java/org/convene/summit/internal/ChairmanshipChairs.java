package org.convene.summit.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChairmanshipChairs extends CrudRepository<ChairmanshipChair, Long> {
    List<ChairmanshipChair> findByChairmanshipIdOrderByPosition(Long chairmanshipId);

    List<ChairmanshipChair> findByChairmanshipIdInOrderByPosition(Collection<Long> chairmanshipIds);

    List<ChairmanshipChair> listOrderByPosition();

    void deleteByChairmanshipId(Long chairmanshipId);
}
