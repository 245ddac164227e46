package org.convene.identity.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PasswordLinkRows extends CrudRepository<PasswordLinkRow, Long> {
    /** Locks the link, so two uses at the same moment cannot both succeed. */
    @Query("SELECT * FROM identity_password_link WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<PasswordLinkRow> lockByTokenHash(String tokenHash);

    Optional<PasswordLinkRow> findByTokenHash(String tokenHash);

    @Query("UPDATE identity_password_link SET revoked_at = :now WHERE user_id = :userId AND used_at IS NULL AND revoked_at IS NULL")
    void revokeOpenLinks(long userId, Instant now);
}
