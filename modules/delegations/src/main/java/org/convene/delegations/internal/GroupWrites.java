package org.convene.delegations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.SqlErrors;

/** The writes of groups, in transactions like {@link RegistrationWrites} and for the same reasons. */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class GroupWrites {
    private final Groups groups;
    private final RoleQuotas roleQuotas;
    private final Registrations registrations;
    private final RegistrationChanges changes;

    GroupWrites(Groups groups, RoleQuotas roleQuotas, Registrations registrations, RegistrationChanges changes) {
        this.groups = groups;
        this.roleQuotas = roleQuotas;
        this.registrations = registrations;
        this.changes = changes;
    }

    /** @param group already checked by {@link GroupRules#check} */
    GroupView create(long summitId, GroupCommand group) {
        Group saved;
        try {
            saved = groups.save(new Group(null, summitId, group.kind(), group.stateCode(), group.name(),
                    Group.key(group.kind(), group.stateCode(), group.name()), group.places()));
        } catch (RuntimeException e) {
            // The unique key on (summit, group key) decides, also between two creates at once.
            if (SqlErrors.isDuplicateKey(e)) {
                throw exists(group.kind());
            }
            throw e;
        }
        saveRoleQuotas(saved.id(), group.roleQuotas());
        return saved.view(group.roleQuotas(), new Occupancy(0, Map.of(), 0));
    }

    /** Under the group's lock, so no nomination can take a place between the check and the change. */
    GroupView changeQuota(long groupId, int places, Map<DelegateRole, Integer> newRoleQuotas, long actorUserId) {
        Group group = groups.lockById(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        Quota quota = new Quota(places, newRoleQuotas);
        quota.refuseBelow(Occupancy.of(registrations.findByGroupIdOrderById(groupId)));
        Group changed = groups.update(group.withPlaces(places));
        roleQuotas.deleteByGroupId(groupId);
        saveRoleQuotas(groupId, newRoleQuotas);
        // A larger quota frees places, which go to the waiting list as any freed place does.
        changes.fillFreePlaces(changed, quota, actorUserId);
        return changed.view(newRoleQuotas, Occupancy.of(registrations.findByGroupIdOrderById(groupId)));
    }

    private void saveRoleQuotas(long groupId, Map<DelegateRole, Integer> quotas) {
        quotas.forEach((role, places) -> roleQuotas.save(new RoleQuota(null, groupId, role, places)));
    }

    private static ConflictException exists(GroupKind kind) {
        return switch (kind) {
            case STATE_DELEGATION -> new ConflictException("stateCode", "group.exists", "the summit already has a delegation of this state");
            case OBSERVER, INVITED -> new ConflictException("name", "group.exists", "the summit already has a group of this kind and name");
            default -> new ConflictException("kind", "group.exists", "the summit already has a group of this mechanism");
        };
    }
}
