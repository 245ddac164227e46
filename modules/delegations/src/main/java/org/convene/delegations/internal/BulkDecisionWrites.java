package org.convene.delegations.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;

/**
 * One transaction for a decision on many registrations. It locks every group involved in id order
 * (the same order for every batch, so two batches cannot deadlock each other), checks every
 * registration under those locks, and writes only when all of them can move.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class BulkDecisionWrites {
    static final String NOT_FOUND = "registration.not-found";

    private final Groups groups;
    private final RoleQuotas roleQuotas;
    private final Registrations registrations;
    private final RegistrationChanges changes;
    private final ApplicationEventPublisher<RegistrationApproved> approvals;
    private final ApplicationEventPublisher<RegistrationRejected> rejections;

    BulkDecisionWrites(Groups groups, RoleQuotas roleQuotas, Registrations registrations, RegistrationChanges changes,
                       ApplicationEventPublisher<RegistrationApproved> approvals,
                       ApplicationEventPublisher<RegistrationRejected> rejections) {
        this.groups = groups;
        this.roleQuotas = roleQuotas;
        this.registrations = registrations;
        this.changes = changes;
        this.approvals = approvals;
        this.rejections = rejections;
    }

    /** {@code ids} distinct; the actor is the chair office; {@code action} APPROVE or REJECT. */
    List<RegistrationView> decide(Actor actor, List<Long> ids, Action action, String reason) {
        Map<Long, Registration> found = byId(ids);
        List<Group> locked = new ArrayList<>();
        for (long groupId : new TreeSet<>(found.values().stream().map(Registration::groupId).toList())) {
            groups.lockById(groupId).ifPresent(locked::add);
        }
        // Read again under the locks: another writer may have moved them since.
        Map<Long, Registration> current = byId(ids);
        List<FieldProblem> problems = new ArrayList<>();
        for (long id : ids) {
            Registration r = current.get(id);
            if (r == null) {
                problems.add(new FieldProblem(field(id), NOT_FOUND, "registration " + id + " does not exist"));
                continue;
            }
            try {
                Workflow.next(r.status(), action);
            } catch (ConflictException e) {
                problems.add(new FieldProblem(field(id), e.problem().code(), "registration " + id + ": " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<RegistrationView> decided = new ArrayList<>();
        for (long id : ids) {
            Registration moved = changes.move(current.get(id), action, actor.userId(), reason);
            decided.add(moved.view());
            if (action == Action.APPROVE) {
                approvals.publishEvent(new RegistrationApproved(moved.id(), moved.groupId(), moved.email()));
            } else {
                rejections.publishEvent(new RegistrationRejected(moved.id(), moved.groupId(), moved.email(), reason));
            }
        }
        if (action == Action.REJECT) {
            for (Group group : locked) {
                changes.fillFreePlaces(group, new Quota(group.places(), roleQuotas.ofGroup(group.id())), actor.userId());
            }
        }
        return decided;
    }

    private Map<Long, Registration> byId(List<Long> ids) {
        return registrations.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Registration::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static String field(long id) {
        return "registrations[" + id + "]";
    }
}
