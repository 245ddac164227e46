package org.convene.identity.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiTokenRows extends CrudRepository<ApiTokenRow, Long> {
    /** The token if not revoked, with its account if active, one row per grant: every API call's authentication in one statement. */
    @Query("""
            SELECT t.id AS token_id, t.last_used_at, u.id AS user_id, u.email, u.display_name, u.language, g.role, g.scope
            FROM identity_api_token t JOIN identity_user u ON u.id = t.user_id AND u.active = TRUE
            LEFT JOIN identity_role_grant g ON g.user_id = u.id
            WHERE t.token_hash = :tokenHash AND t.revoked_at IS NULL""")
    List<TokenHolderRow> holder(String tokenHash);

    List<ApiTokenRow> findByUserIdOrderByCreatedAtDesc(Long userId);

    void updateLastUsedAt(@Id Long id, Instant lastUsedAt);

    void updateRevokedAt(@Id Long id, Instant revokedAt);
}
