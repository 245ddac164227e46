package org.convene.identity.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProfileRows extends CrudRepository<ProfileRow, Long> {
    /** Findable profiles of the accounts with these e-mails (stored in lower case), each with its e-mail. */
    @Query("""
            SELECT p.user_id, p.bio, p.interests, u.email FROM identity_profile p JOIN identity_user u ON u.id = p.user_id
            WHERE p.findable = TRUE AND u.active = TRUE AND u.email IN (:emails)""")
    List<FindableRow> findableByEmail(Collection<String> emails);
}
