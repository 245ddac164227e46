package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StatusChangeView;
import org.convene.delegations.SummitFigures;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.platform.Countries;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.platform.db.DeadlockRetry;

/**
 * The facade. Like the summit module's chairmanships it is not transactional as a whole: each
 * write runs in its own transaction in {@link RegistrationWrites}, retried on deadlock around it.
 */
@Singleton
class DelegateRegistrationService implements DelegateRegistration {
    private final RegistrationWrites writes;
    private final Registrations registrations;
    private final Groups groups;
    private final StatusChanges history;
    private final OwnRegistrations own;

    DelegateRegistrationService(RegistrationWrites writes, Registrations registrations, Groups groups, StatusChanges history,
                                OwnRegistrations own) {
        this.own = own;
        this.writes = writes;
        this.registrations = registrations;
        this.groups = groups;
        this.history = history;
    }

    @Override
    public RegistrationView nominate(Actor actor, long groupId, Person person, Map<Long, String> customAnswers) {
        return DeadlockRetry.run(() -> writes.nominate(actor, groupId, person, customAnswers));
    }

    @Override
    public RegistrationView approve(Actor actor, long registrationId) {
        return change(actor, registrationId, Action.APPROVE, null);
    }

    @Override
    public RegistrationView reject(Actor actor, long registrationId, String reason) {
        String stripped = Texts.strippedOrNull(reason);
        Problems problems = new Problems();
        problems.text("reason", stripped, DelegationLimits.REASON_MAX);
        problems.throwIfAny();
        return change(actor, registrationId, Action.REJECT, stripped);
    }

    @Override
    public RegistrationView withdraw(Actor actor, long registrationId) {
        return change(actor, registrationId, Action.WITHDRAW, null);
    }

    @Override
    public RegistrationView markBadgeIssued(Actor actor, long registrationId) {
        return change(actor, registrationId, Action.ISSUE_BADGE, null);
    }

    @Override
    public RegistrationView checkIn(Actor actor, long registrationId) {
        return change(actor, registrationId, Action.CHECK_IN, null);
    }

    @Override
    @Transactional(readOnly = true)
    public RegistrationView find(Actor actor, long registrationId) {
        Registration registration = visible(actor, registrationId, true);
        return registration.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChangeView> history(Actor actor, long registrationId) {
        visible(actor, registrationId, false);
        return history.findByRegistrationIdOrderById(registrationId).stream().map(StatusChange::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistrationView> list(Actor actor, long summitId, RegistrationFilter filter) {
        return matching(actor, summitId, filter).stream().map(Registration::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<RegistrationStatus, Long> counts(Actor actor, long summitId, RegistrationFilter filter) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0L);
        }
        matching(actor, summitId, filter).forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegistrationView> own(Actor actor) {
        return own.of(actor).stream().map(Registration::view).toList();
    }

    private RegistrationView change(Actor actor, long registrationId, Action action, String reason) {
        return DeadlockRetry.run(() -> writes.change(actor, registrationId, action, reason));
    }

    /**
     * The registration, if the actor may see it; otherwise "not found", exactly as for an id that
     * names nothing, so a forbidden read reveals no other group's people.
     */
    private Registration visible(Actor actor, long registrationId, boolean forCheckIn) {
        NotFoundException notFound = new NotFoundException("registration", registrationId);
        Registration registration = registrations.findById(registrationId).orElseThrow(() -> notFound);
        if (forCheckIn && Access.mayCheckIn(actor)) {
            return registration;
        }
        Group group = groups.findById(registration.groupId()).orElseThrow(() -> notFound);
        if (!Access.mayManage(actor, group)) {
            throw notFound;
        }
        return registration;
    }

    /**
     * The summit's registrations in the groups the actor may see, filtered. Filtered in memory for
     * now: a summit holds a few thousand registrations; a query per filter can come with paging.
     */
    private List<Registration> matching(Actor actor, long summitId, RegistrationFilter filter) {
        Set<Long> visibleGroups = groups.findBySummitIdOrderById(summitId).stream()
                .filter(g -> Access.mayManage(actor, g)).map(Group::id).collect(Collectors.toSet());
        if (visibleGroups.isEmpty()) {
            return List.of();
        }
        RegistrationFilter f = filter == null ? RegistrationFilter.all() : filter;
        return registrations.findBySummitIdOrderById(summitId).stream()
                .filter(r -> visibleGroups.contains(r.groupId()))
                .filter(r -> f.groupId() == null || f.groupId() == r.groupId())
                .filter(r -> f.status() == null || f.status() == r.status())
                .filter(r -> f.country() == null || f.country().equalsIgnoreCase(r.nationality()))
                .filter(r -> f.role() == null || f.role() == r.role())
                .filter(r -> f.region() == null
                        || f.region().equals(Countries.continent(r.nationality()).orElse(SummitFigures.UNSPECIFIED)))
                .filter(r -> f.gender() == null || f.gender().equals(r.gender() == null ? SummitFigures.UNSPECIFIED : r.gender().name()))
                .filter(r -> !f.participants() || r.status().isAccredited())
                .toList();
    }
}
