package org.convene.delegations.internal;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkDecisions;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.platform.db.DeadlockRetry;

/** The facade of bulk decisions: checks the request, then one transaction in {@link BulkDecisionWrites}. */
@Singleton
class BulkDecisionService implements BulkDecisions {
    private final BulkDecisionWrites writes;

    BulkDecisionService(BulkDecisionWrites writes) {
        this.writes = writes;
    }

    @Override
    public List<RegistrationView> approveAll(Actor actor, List<Long> registrationIds) {
        return decide(actor, registrationIds, Action.APPROVE, null);
    }

    @Override
    public List<RegistrationView> rejectAll(Actor actor, List<Long> registrationIds, String reason) {
        Access.requireChairOffice(actor, Action.REJECT.verb);
        String stripped = Texts.strippedOrNull(reason);
        Problems problems = new Problems();
        problems.text("reason", stripped, DelegationLimits.REASON_MAX);
        problems.throwIfAny();
        return decide(actor, registrationIds, Action.REJECT, stripped);
    }

    private List<RegistrationView> decide(Actor actor, List<Long> registrationIds, Action action, String reason) {
        Access.requireChairOffice(actor, action.verb);
        List<Long> ids = registrationIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(registrationIds.stream().filter(java.util.Objects::nonNull).toList()));
        Problems problems = new Problems();
        if (ids.isEmpty()) {
            problems.add("registrations", "validation.required", "choose at least one registration");
        } else if (ids.size() > MAX_REGISTRATIONS) {
            problems.add("registrations", "registration.bulk.too-many", "at most " + MAX_REGISTRATIONS + " registrations at once");
        }
        problems.throwIfAny();
        return DeadlockRetry.run(() -> writes.decide(actor, ids, action, reason));
    }
}
