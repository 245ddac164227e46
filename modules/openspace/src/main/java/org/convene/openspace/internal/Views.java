package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Participant;
import org.convene.openspace.MeetingView;
import org.convene.openspace.RequestView;

/** Requests and meetings as views, with names; joins the caller's transaction. */
@Singleton
class Views {
    private final Invitees invitees;
    private final Meetings meetings;
    private final Places places;
    private final Participants participants;

    Views(Invitees invitees, Meetings meetings, Places places, Participants participants) {
        this.invitees = invitees;
        this.meetings = meetings;
        this.places = places;
        this.participants = participants;
    }

    List<RequestView> requests(List<RequestRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(RequestRow::id).toList();
        Map<Long, List<InviteeRow>> invited = invitees.of(ids).stream().collect(Collectors.groupingBy(InviteeRow::requestId));
        Map<Long, MeetingView> booked = meetings(meetings.findByRequestIdIn(ids)).stream()
                .collect(Collectors.toMap(MeetingView::requestId, Function.identity()));
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> people.add(r.requesterId()));
        invited.values().forEach(list -> list.forEach(i -> people.add(i.personId())));
        Map<Long, Participant> names = participants.byIds(people);
        List<RequestView> views = new ArrayList<>();
        for (RequestRow r : rows) {
            List<RequestView.Invitee> list = invited.getOrDefault(r.id(), List.of()).stream()
                    .map(i -> new RequestView.Invitee(i.personId(), name(names, i.personId()), i.response())).toList();
            views.add(new RequestView(r.id(), r.summitId(), r.requesterId(), name(names, r.requesterId()), list, r.slotStart(), r.message(),
                    r.status(), booked.get(r.id())));
        }
        return views;
    }

    /** The request as a write left it, from what the write read: no statement. */
    RequestView of(Written w) {
        RequestRow r = w.request();
        MeetingView meeting = null;
        if (w.meeting() != null) {
            MeetingRow m = w.meeting();
            List<MeetingView.Person> who = new ArrayList<>();
            who.add(new MeetingView.Person(r.requesterId(), name(w.people(), r.requesterId())));
            w.invitees().forEach(i -> who.add(new MeetingView.Person(i.personId(), name(w.people(), i.personId()))));
            who.sort(Comparator.comparingLong(MeetingView.Person::registrationId));
            meeting = new MeetingView(m.id(), m.requestId(), m.summitId(), m.placeId(), w.placeName(), m.slotStart(), m.slotEnd(), who);
        }
        List<RequestView.Invitee> invited = w.invitees().stream()
                .map(i -> new RequestView.Invitee(i.personId(), name(w.people(), i.personId()), i.response())).toList();
        return new RequestView(r.id(), r.summitId(), r.requesterId(), name(w.people(), r.requesterId()), invited, r.slotStart(), r.message(),
                r.status(), meeting);
    }

    List<MeetingView> meetings(Collection<MeetingRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(MeetingRow::id).toList();
        Map<Long, List<Long>> people = meetings.peopleOf(ids).stream()
                .collect(Collectors.groupingBy(BusyRow::meetingId, Collectors.mapping(BusyRow::personId, Collectors.toList())));
        Map<Long, Participant> names = participants.byIds(people.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Long, String> placeNames = new java.util.HashMap<>();
        List<MeetingView> views = new ArrayList<>();
        for (MeetingRow m : rows) {
            String place = placeNames.computeIfAbsent(m.placeId(), id -> places.findById(id).map(PlaceRow::name).orElse(""));
            List<MeetingView.Person> who = people.getOrDefault(m.id(), List.of()).stream().sorted()
                    .map(id -> new MeetingView.Person(id, name(names, id))).toList();
            views.add(new MeetingView(m.id(), m.requestId(), m.summitId(), m.placeId(), place, m.slotStart(), m.slotEnd(), who));
        }
        return views;
    }

    private static String name(Map<Long, Participant> names, long id) {
        Participant p = names.get(id);
        return p == null ? "—" : p.name();
    }
}
