package org.convene.roundtables.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SeatRows extends CrudRepository<SeatRow, Long> {
    List<SeatRow> findByRoundtableIdIn(Collection<Long> roundtableIds);

    Optional<SeatRow> findByRegistrationId(long registrationId);

    long countByRoundtableId(long roundtableId);

    void deleteByRegistrationId(long registrationId);

    /** The seats an assignment replaces: every seat not placed by hand at the summit's roundtables. */
    @Query("""
            DELETE FROM roundtable_seat WHERE manual = FALSE
            AND roundtable_id IN (SELECT id FROM roundtable_roundtable WHERE summit_id = :summitId)""")
    void deleteAutomatic(long summitId);

    void deleteByRegistrationIdIn(Collection<Long> registrationIds);
}
