package org.convene.delegations.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.DelegateRole;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RoleQuotas extends CrudRepository<RoleQuota, Long> {
    List<RoleQuota> findByGroupId(long groupId);

    List<RoleQuota> findByGroupIdIn(Collection<Long> groupIds);

    void deleteByGroupId(long groupId);

    default Map<DelegateRole, Integer> ofGroup(long groupId) {
        Map<DelegateRole, Integer> quotas = new EnumMap<>(DelegateRole.class);
        findByGroupId(groupId).forEach(q -> quotas.put(q.role(), q.places()));
        return quotas;
    }
}
