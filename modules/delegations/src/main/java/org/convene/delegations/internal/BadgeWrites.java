package org.convene.delegations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.platform.ConflictException;

/**
 * Records printed badges after the PDF is made: the approved become BADGE_ISSUED and every printed
 * badge's serial becomes current, all in one transaction. The groups are locked first, in id order
 * (as every registration write locks its group), so a withdrawal cannot slip in between.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class BadgeWrites {
    static final String NOT_APPROVED = "badge.not-approved";

    /** One badge in a PDF: which registration, with which serial. */
    record Printed(long registrationId, long groupId, int serial) {
    }

    private final Groups groups;
    private final Registrations registrations;
    private final Badges badges;
    private final RegistrationChanges changes;
    private final Clock clock;

    BadgeWrites(Groups groups, Registrations registrations, Badges badges, RegistrationChanges changes, Clock clock) {
        this.groups = groups;
        this.registrations = registrations;
        this.badges = badges;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Records the badges; one whose registration can no longer have a badge (withdrawn while the
     * PDF was made) is left out of a batch, and refused with a conflict when {@code strict}.
     *
     * @return the ids recorded
     */
    List<Long> record(Actor actor, List<Printed> printed, boolean strict) {
        Access.requireChairOffice(actor, Action.ISSUE_BADGE.verb);
        for (long groupId : new TreeSet<>(printed.stream().map(Printed::groupId).toList())) {
            groups.lockById(groupId);
        }
        Map<Long, Registration> current = registrations.findByIdIn(printed.stream().map(Printed::registrationId).toList())
                .stream().collect(Collectors.toMap(Registration::id, Function.identity()));
        Instant now = clock.instant();
        List<Long> recorded = new ArrayList<>(printed.size());
        for (Printed p : printed) {
            Registration registration = current.get(p.registrationId());
            RegistrationStatus status = registration == null ? null : registration.status();
            if (status == RegistrationStatus.APPROVED) {
                changes.move(registration, Action.ISSUE_BADGE, actor.userId(), null);
            } else if (!status.hasBadge()) {
                if (strict) {
                    throw notApproved();
                }
                continue;
            }
            badges.record(p.registrationId(), p.serial(), now, actor.userId());
            recorded.add(p.registrationId());
        }
        return recorded;
    }

    static ConflictException notApproved() {
        return new ConflictException("status", NOT_APPROVED, "a badge is printed only for an approved registration");
    }
}
