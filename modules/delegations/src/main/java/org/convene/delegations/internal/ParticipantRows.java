package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads of registrations for {@link ParticipantsService}: only the columns other modules may use, so
 * the Open Space's booking path neither maps nor carries anyone's personal needs.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantRows extends GenericRepository<Registration, Long> {
    String COLUMNS = "SELECT id, summit_id, group_id, given_name, family_name, latin_given_name, latin_family_name, organisation,"
            + " nationality, email, status FROM delegation_registration ";

    @Query(COLUMNS + "WHERE id IN (:ids)")
    List<ParticipantRow> byIds(Collection<Long> ids);

    @Query(COLUMNS + "WHERE summit_id = :summitId AND email = :email")
    Optional<ParticipantRow> byEmail(long summitId, String email);

    @Query(COLUMNS + "WHERE summit_id = :summitId ORDER BY id")
    List<ParticipantRow> bySummit(long summitId);
}
