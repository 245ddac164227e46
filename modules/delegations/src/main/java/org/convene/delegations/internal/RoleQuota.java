package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.convene.delegations.DelegateRole;

/** At most {@code places} people of one role in a group; a role without a row is bounded only by the group. */
@MappedEntity("delegation_group_role_quota")
record RoleQuota(@Id @GeneratedValue @Nullable Long id, long groupId, DelegateRole role, int places) {
}
