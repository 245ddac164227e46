package org.convene.delegations.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.WaitlistPromoted;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.platform.NotFoundException;

/**
 * The steps every status change shares: move the registration, keep the waiting list numbered
 * 1..n, write the history line, and give freed places to those waiting. Runs inside the caller's
 * transaction, which must hold the group's lock.
 */
@Singleton
class RegistrationChanges {
    static final String PROMOTED = "promoted from the waiting list";

    private final Registrations registrations;
    private final StatusChanges history;
    private final ApplicationEventPublisher<WaitlistPromoted> promotions;
    private final Clock clock;

    RegistrationChanges(Registrations registrations, StatusChanges history,
                        ApplicationEventPublisher<WaitlistPromoted> promotions, Clock clock) {
        this.registrations = registrations;
        this.history = history;
        this.promotions = promotions;
        this.clock = clock;
    }

    /** The first history line of a registration just stored. */
    void recordCreation(Registration saved, long actorUserId) {
        history.save(new StatusChange(null, saved.id(), null, saved.status(), actorUserId, clock.instant(), null));
    }

    /** Applies the action, or throws the workflow's conflict and changes nothing. */
    Registration move(Registration current, Action action, long actorUserId, String reason) {
        RegistrationStatus next = Workflow.next(current.status(), action);
        Registration moved = registrations.update(current.withStatus(next));
        Integer leftPosition = current.waitlistPosition();
        if (leftPosition != null) {
            registrations.closeWaitlistGapAfter(current.groupId(), leftPosition);
        }
        history.save(new StatusChange(null, current.id(), current.status(), next, actorUserId, clock.instant(), reason));
        return moved;
    }

    /**
     * Gives every free place to the first in line whom the quota admits (see
     * {@link Quota#firstAdmitted}), and tells each of them by an event. The history names the
     * actor whose change freed the place.
     */
    void fillFreePlaces(Group group, Quota quota, long actorUserId) {
        List<Registration> all = registrations.findByGroupIdOrderById(group.id());
        Occupancy occupancy = Occupancy.of(all);
        List<Registration> waiting = new ArrayList<>(all.stream()
                .filter(r -> r.status() == RegistrationStatus.WAITING_LIST)
                .sorted(Comparator.comparing(Registration::waitlistPosition))
                .toList());
        while (true) {
            OptionalInt first = quota.firstAdmitted(waiting.stream().map(Registration::role).toList(), occupancy);
            if (first.isEmpty()) {
                return;
            }
            Registration chosen = waiting.remove(first.getAsInt());
            // Read again: closing the gap behind an earlier promotion has moved its position.
            Registration current = registrations.findById(chosen.id()).orElseThrow(() -> new NotFoundException("registration", chosen.id()));
            move(current, Action.PROMOTE, actorUserId, PROMOTED);
            occupancy = occupancy.plus(current.role());
            promotions.publishEvent(new WaitlistPromoted(current.id(), current.groupId(), current.email()));
        }
    }
}
