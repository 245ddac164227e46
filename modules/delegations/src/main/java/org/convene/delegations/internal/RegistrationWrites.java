package org.convene.delegations.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.RegistrationWithdrawn;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.SqlErrors;

/**
 * The writes of registrations, each one transaction that first locks the group row: counting the
 * places and taking one cannot interleave with another writer of the same group. READ COMMITTED
 * so that every read after the lock sees what the previous holder committed (REPEATABLE READ
 * would keep an older snapshot for plain reads) and so that no gap locks are taken on the
 * registration indexes, which would make nominations into neighbouring groups wait on each other.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class RegistrationWrites {
    private final Groups groups;
    private final RoleQuotas roleQuotas;
    private final Registrations registrations;
    private final RegistrationChanges changes;
    private final ApplicationEventPublisher<RegistrationApproved> approvals;
    private final ApplicationEventPublisher<RegistrationRejected> rejections;
    private final ApplicationEventPublisher<RegistrationWithdrawn> withdrawals;
    private final Clock clock;
    private final CustomAnswers answers;

    RegistrationWrites(Groups groups, RoleQuotas roleQuotas, Registrations registrations, RegistrationChanges changes,
                       ApplicationEventPublisher<RegistrationApproved> approvals,
                       ApplicationEventPublisher<RegistrationRejected> rejections,
                       ApplicationEventPublisher<RegistrationWithdrawn> withdrawals, Clock clock, CustomAnswers answers) {
        this.withdrawals = withdrawals;
        this.groups = groups;
        this.roleQuotas = roleQuotas;
        this.registrations = registrations;
        this.changes = changes;
        this.approvals = approvals;
        this.rejections = rejections;
        this.clock = clock;
        this.answers = answers;
    }

    RegistrationView nominate(Actor actor, long groupId, Person person, Map<Long, String> customAnswers) {
        Group group = groups.lockById(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        Access.requireManage(actor, group, "nominate");
        List<FieldProblem> problems = new ArrayList<>();
        Person p = checked(() -> PersonRules.check(person), problems);
        Map<Long, String> answers = checked(() -> this.answers.check(group.summitId(), customAnswers), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (registrations.existsBySummitIdAndEmail(group.summitId(), p.email())) {
            throw emailTaken();
        }
        Occupancy occupancy = Occupancy.of(registrations.findByGroupIdOrderById(groupId));
        boolean placeFree = quota(group).admits(p.role(), occupancy);
        Registration registration = placeFree
                ? Registration.of(group, p, RegistrationStatus.NOMINATED, null, clock.instant())
                : Registration.of(group, p, RegistrationStatus.WAITING_LIST, occupancy.waiting() + 1, clock.instant());
        Registration saved;
        try {
            saved = registrations.save(registration);
        } catch (RuntimeException e) {
            // The same person nominated into another group at the same moment: the unique key decides.
            if (SqlErrors.isDuplicateKey(e)) {
                throw emailTaken();
            }
            throw e;
        }
        changes.recordCreation(saved, actor.userId());
        this.answers.save(saved.id(), answers);
        return saved.view();
    }

    /** Runs one check, collecting its problems, so that the person's and the answers' are reported together. */
    private static <T> T checked(java.util.function.Supplier<T> check, List<FieldProblem> problems) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    RegistrationView change(Actor actor, long registrationId, Action action, String reason) {
        Registration found = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        Group group = groups.lockById(found.groupId()).orElseThrow(() -> new NotFoundException("group", found.groupId()));
        authorise(actor, group, action);
        // Read again under the lock: another writer may have moved it since.
        Registration current = registrations.findById(registrationId).orElseThrow(() -> new NotFoundException("registration", registrationId));
        Registration moved = changes.move(current, action, actor.userId(), reason);
        if (current.status().holdsPlace() && !moved.status().holdsPlace()) {
            changes.fillFreePlaces(group, quota(group), actor.userId());
        }
        switch (action) {
            case APPROVE -> approvals.publishEvent(new RegistrationApproved(moved.id(), moved.groupId(), moved.email()));
            case REJECT -> rejections.publishEvent(new RegistrationRejected(moved.id(), moved.groupId(), moved.email(), reason));
            case WITHDRAW -> withdrawals.publishEvent(new RegistrationWithdrawn(moved.id(), moved.groupId(), moved.email()));
            default -> {
            }
        }
        return moved.view();
    }

    private static void authorise(Actor actor, Group group, Action action) {
        switch (action) {
            case APPROVE, REJECT, ISSUE_BADGE -> Access.requireChairOffice(actor, action.verb);
            case WITHDRAW -> Access.requireManage(actor, group, action.verb);
            case CHECK_IN -> {
                if (!Access.mayCheckIn(actor)) {
                    throw new AccessDeniedException(action.verb);
                }
            }
            case PROMOTE -> throw new IllegalArgumentException("promotion follows from a freed place, never from a request");
        }
    }

    private Quota quota(Group group) {
        return new Quota(group.places(), roleQuotas.ofGroup(group.id()));
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email", "registration.email.taken", "this person is already registered in this summit");
    }
}
