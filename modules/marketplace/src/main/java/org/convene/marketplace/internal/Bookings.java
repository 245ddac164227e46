package org.convene.marketplace.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Bookings extends CrudRepository<BookingRow, Long> {
    Optional<BookingRow> findByApplicationId(long applicationId);

    List<BookingRow> findBySlotIdIn(Collection<Long> slotIds);

    void deleteByApplicationId(long applicationId);
}
