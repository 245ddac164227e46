package org.convene.identity.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoleGrantRows extends CrudRepository<RoleGrantRow, Long> {
    List<RoleGrantRow> findByUserId(Long userId);

    List<RoleGrantRow> findByUserIdIn(Collection<Long> userIds);

    List<RoleGrantRow> findByRole(String role);

    void deleteByUserId(Long userId);
}
