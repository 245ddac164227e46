package org.convene.identity.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccounts extends CrudRepository<UserAccount, Long> {
    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findByEmailIn(Collection<String> emails);

    @Query("SELECT * FROM identity_user WHERE email = :email FOR UPDATE")
    Optional<UserAccount> lockByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByIdInAndActive(Collection<Long> ids, boolean active);

    List<UserAccount> listOrderByEmail();
}
