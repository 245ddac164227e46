package org.convene.identity.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiTokenRows extends CrudRepository<ApiTokenRow, Long> {
    Optional<ApiTokenRow> findByTokenHash(String tokenHash);

    List<ApiTokenRow> findByUserIdOrderByCreatedAtDesc(Long userId);

    void updateLastUsedAt(@Id Long id, Instant lastUsedAt);

    void updateRevokedAt(@Id Long id, Instant revokedAt);
}
