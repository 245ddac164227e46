package org.convene.openspace.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.RequestView;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.Texts;

/**
 * An attendee's request, answer or cancellation as one transaction: who they are, the checks, the
 * write and the answer, built from what the write read rather than read back. One transaction a
 * call rather than one per look-up, because on the booking path each extra transaction costs the
 * database three more round trips (docs/performance.md, Open Space load). The facade runs each call again on a deadlock or a place
 * taken meanwhile, so everything in here must be safe to repeat: it only reads before it writes.
 */
@Singleton
@Transactional
class AttendeeActions {
    private final OpenSpaceAccess access;
    private final Directory directory;
    private final Participants participants;
    private final Layout layout;
    private final RequestWrites writes;
    private final Requests requests;
    private final Views views;

    AttendeeActions(OpenSpaceAccess access, Directory directory, Participants participants, Layout layout, RequestWrites writes,
                    Requests requests, Views views) {
        this.access = access;
        this.directory = directory;
        this.participants = participants;
        this.layout = layout;
        this.writes = writes;
        this.requests = requests;
        this.views = views;
    }

    RequestView request(Actor actor, long summitId, MeetingRequestCommand command) {
        Participant me = access.requireMe(actor, summitId);
        List<Long> invitees = new ArrayList<>(new LinkedHashSet<>(command.invitees() == null ? List.of() : command.invitees()));
        Map<Long, Participant> people = new LinkedHashMap<>();
        people.put(me.registrationId(), me);
        String message = Texts.strippedOrNull(command.message());
        Problems problems = new Problems().optionalText("message", message, OpenSpaceLimits.MESSAGE_MAX);
        if (invitees.isEmpty() || invitees.contains(me.registrationId())) {
            problems.add("invitees", "openspace.invitees.none", "invite one or more other attendees");
        } else {
            List<Participant> ofSummit = participants.byIds(invitees).values().stream().filter(p -> p.summitId() == summitId).toList();
            ofSummit.forEach(p -> people.put(p.registrationId(), p));
            Map<Long, AttendeeCard> findable = directory.findable(ofSummit);
            if (!findable.keySet().containsAll(invitees)) {
                problems.add("invitees", "openspace.invitees.unknown", "invite only attendees you can find in this Open Space");
            }
            int largest = layout.largestCapacity(summitId);
            if (invitees.size() + 1 > largest) {
                problems.add("invitees", "openspace.invitees.too-many", "the largest meeting place seats " + largest + " people");
            }
        }
        problems.throwIfAny();
        return views.of(writes.request(summitId, me.registrationId(), invitees, people, command.slot(), message));
    }

    RequestView respond(Actor actor, long requestId, boolean accept) {
        // The request's row is locked first: it says which summit, and the write needs it locked anyway.
        RequestRow request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        Participant me = access.requireMe(actor, request.summitId());
        return views.of(writes.respond(request, me.registrationId(), accept));
    }

    RequestView cancel(Actor actor, long requestId) {
        RequestRow request = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        Participant me = access.requireMe(actor, request.summitId());
        return views.of(writes.cancel(request, me.registrationId()));
    }
}
