package org.convene.delegations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.platform.AccessDeniedException;

/** The stakeholder groups of a summit and their quotas, set by the chair office. */
public interface StakeholderGroups {
    /**
     * @throws AccessDeniedException unless the actor is the chair office
     * @throws org.convene.platform.InvalidInputException for bad fields or an unknown summit
     * @throws org.convene.platform.ConflictException when the summit already has this group
     */
    GroupView create(Actor actor, long summitId, GroupCommand group);

    /**
     * Sets the group's places and role quotas. Places freed by a larger quota go to the waiting list.
     *
     * @throws org.convene.platform.ConflictException when a quota would fall below the places taken
     */
    GroupView changeQuota(Actor actor, long groupId, int places, Map<DelegateRole, Integer> roleQuotas);

    /** The groups of the summit the actor may see (all for the chair office, their own for leads). */
    List<GroupView> list(Actor actor, long summitId);

    /** Empty when the group does not exist or the actor may not see it. */
    Optional<GroupView> find(Actor actor, long groupId);
}
