package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupView;
import org.convene.delegations.StakeholderGroups;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Problems;
import org.convene.platform.db.DeadlockRetry;
import org.convene.summit.SummitManagement;

/** The facade of groups; writes are retried on deadlock around their own transaction, see {@link GroupWrites}. */
@Singleton
class StakeholderGroupsService implements StakeholderGroups {
    private final GroupWrites writes;
    private final Groups groups;
    private final RoleQuotas roleQuotas;
    private final Registrations registrations;
    private final SummitManagement summits;

    StakeholderGroupsService(GroupWrites writes, Groups groups, RoleQuotas roleQuotas, Registrations registrations,
                             SummitManagement summits) {
        this.writes = writes;
        this.groups = groups;
        this.roleQuotas = roleQuotas;
        this.registrations = registrations;
        this.summits = summits;
    }

    @Override
    public GroupView create(Actor actor, long summitId, GroupCommand group) {
        Access.requireChairOffice(actor, "create a group");
        // Checked before the transaction; a summit deleted meanwhile leaves a group a later clean-up finds (no foreign key across modules).
        if (summits.find(summitId).isEmpty()) {
            throw InvalidInputException.of("summitId", "group.summit.unknown", "summit " + summitId + " does not exist");
        }
        GroupCommand checked = GroupRules.check(group);
        return DeadlockRetry.run(() -> writes.create(summitId, checked));
    }

    @Override
    public GroupView changeQuota(Actor actor, long groupId, int places, Map<DelegateRole, Integer> quotas) {
        Access.requireChairOffice(actor, "change a quota");
        Problems problems = new Problems();
        Map<DelegateRole, Integer> checked = GroupRules.checkQuota(places, quotas, problems);
        problems.throwIfAny();
        return DeadlockRetry.run(() -> writes.changeQuota(groupId, places, checked, actor.userId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupView> list(Actor actor, long summitId) {
        return groups.findBySummitIdOrderById(summitId).stream()
                .filter(g -> Access.mayManage(actor, g))
                .map(this::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GroupView> find(Actor actor, long groupId) {
        return groups.findById(groupId).filter(g -> Access.mayManage(actor, g)).map(this::view);
    }

    private GroupView view(Group group) {
        return group.view(roleQuotas.ofGroup(group.id()), Occupancy.of(registrations.findByGroupIdOrderById(group.id())));
    }
}
