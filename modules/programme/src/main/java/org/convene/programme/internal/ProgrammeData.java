package org.convene.programme.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.GroupRef;
import org.convene.delegations.Participants.Participant;
import org.convene.platform.NotFoundException;
import org.convene.programme.AudienceGroup;
import org.convene.programme.PersonRef;
import org.convene.programme.SessionView;
import org.convene.summit.RoomView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeView;

/**
 * Reads sessions with what they name: rooms and themes from the summit module, people and groups
 * from the delegations module, all by id. Runs inside the caller's transaction.
 */
@Singleton
class ProgrammeData {
    private final Sessions sessions;
    private final SessionPeople people;
    private final SummitManagement summits;
    private final SummitSetup setup;
    private final Participants participants;

    ProgrammeData(Sessions sessions, SessionPeople people, SummitManagement summits, SummitSetup setup, Participants participants) {
        this.sessions = sessions;
        this.people = people;
        this.summits = summits;
        this.setup = setup;
        this.participants = participants;
    }

    /** @throws NotFoundException for an unknown summit */
    Venue venue(long summitId) {
        var summit = summits.find(summitId).orElseThrow(() -> new NotFoundException("summit", summitId));
        Map<Long, RoomView> rooms = setup.rooms(summitId).stream().collect(Collectors.toMap(RoomView::id, Function.identity()));
        Map<Long, ThemeView> themes = setup.themes(summitId).stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
        return new Venue(summit, rooms, themes);
    }

    List<SessionRow> rows(long summitId) {
        return sessions.bySummit(summitId);
    }

    /** The people of the sessions, by session id, each list in the order given. */
    Map<Long, List<SessionPerson>> peopleOf(Collection<SessionRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = rows.stream().map(SessionRow::id).toList();
        return people.findBySessionIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(SessionPerson::sessionId));
    }

    /** Chairs and speakers: the people who must not be in two sessions at once. */
    static Set<Long> onStage(List<SessionPerson> named) {
        Set<Long> ids = new HashSet<>();
        for (SessionPerson p : named) {
            if (p.part() != Part.INVITED) {
                ids.add(p.registrationId());
            }
        }
        return ids;
    }

    List<Slot> slots(List<SessionRow> rows) {
        Map<Long, List<SessionPerson>> named = peopleOf(rows);
        return rows.stream().map(r -> new Slot(r.id(), r.title(), r.roomId(), r.startsAt(), r.endsAt(),
                onStage(named.getOrDefault(r.id(), List.of())), r.expectedAudience())).toList();
    }

    Map<Long, String> names(Collection<Long> registrationIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        participants.byIds(registrationIds).forEach((id, p) -> names.put(id, p.name()));
        return names;
    }

    List<PersonRef> people(long summitId) {
        return participants.holdingPlace(summitId).stream()
                .map(p -> new PersonRef(p.registrationId(), p.name())).toList();
    }

    /** The registrations of the summit that hold a place: who may chair, speak or be invited. */
    Set<Long> registered(long summitId) {
        return participants.holdingPlace(summitId).stream().map(Participant::registrationId).collect(Collectors.toSet());
    }

    Map<Long, Participant> participantsOf(Collection<Long> ids) {
        return participants.byIds(ids);
    }

    Map<Long, AudienceGroup> groups(long summitId) {
        Map<Long, AudienceGroup> groups = new LinkedHashMap<>();
        for (GroupRef g : participants.groupsOf(summitId)) {
            groups.put(g.id(), new AudienceGroup(g.id(), g.kind().name(), g.stateCode(), g.name()));
        }
        return groups;
    }

    /** The views of the rows, in their order, with every name filled. */
    List<SessionView> views(long summitId, List<SessionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Venue venue = venue(summitId);
        Map<Long, List<SessionPerson>> named = peopleOf(rows);
        Set<Long> ids = named.values().stream().flatMap(List::stream).map(SessionPerson::registrationId).collect(Collectors.toSet());
        Map<Long, String> names = names(ids);
        Map<Long, AudienceGroup> groups = groups(summitId);
        List<SessionView> views = new ArrayList<>(rows.size());
        for (SessionRow r : rows) {
            List<SessionPerson> these = named.getOrDefault(r.id(), List.of());
            RoomView room = venue.rooms().get(r.roomId());
            ThemeView theme = r.themeId() == null ? null : venue.themes().get(r.themeId());
            views.add(new SessionView(r.id(), r.summitId(), r.uid(), r.sequence(), r.kind(), r.title(), r.themeId(),
                    theme == null ? null : theme.title(), r.roomId(), room == null ? "?" : room.name(), r.startsAt(), r.endsAt(),
                    refs(these, Part.CHAIR, names), refs(these, Part.SPEAKER, names), r.audience(),
                    r.audienceGroupId() == null ? null : groups.get(r.audienceGroupId()), refs(these, Part.INVITED, names),
                    r.expectedAudience()));
        }
        return views;
    }

    private static List<PersonRef> refs(List<SessionPerson> named, Part part, Map<Long, String> names) {
        // A registration erased or gone since keeps its place in the list, unnamed.
        return named.stream().filter(p -> p.part() == part)
                .map(p -> new PersonRef(p.registrationId(), names.getOrDefault(p.registrationId(), "—"))).toList();
    }
}
