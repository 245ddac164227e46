package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Registrations extends CrudRepository<Registration, Long> {
    /** A person's registrations across summits (addresses are stored in lower case). */
    List<Registration> findByEmailOrderByIdDesc(String email);

    List<Registration> findByGroupIdOrderById(long groupId);

    List<Registration> findBySummitIdOrderById(long summitId);

    List<Registration> findByIdIn(java.util.Collection<Long> ids);

    boolean existsBySummitIdAndEmail(long summitId, String email);

    /** The e-mail addresses registered in the summit (stored in lower case). */
    List<String> findEmailBySummitId(long summitId);

    /**
     * Moves everyone behind a position that was left up by one, so positions stay 1..n. In
     * ascending order, because the unique key on (group, position) is checked row by row.
     */
    @Query("UPDATE delegation_registration SET waitlist_position = waitlist_position - 1"
            + " WHERE group_id = :groupId AND waitlist_position > :position ORDER BY waitlist_position")
    void closeWaitlistGapAfter(long groupId, int position);
}
