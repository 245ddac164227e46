package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.convene.openspace.MeetingView;
import org.convene.programme.AgendaContributor;
import org.convene.programme.AgendaItem;
import org.convene.programme.AgendaPart;
import org.convene.programme.Audience;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;

/**
 * Booked meetings in the person's agenda, PDF and calendar feed: each as an Open Space item at its
 * place, titled with the other people's names, with a calendar uid of its own that no session has.
 * A cancelled meeting simply drops out of the feed.
 */
@Singleton
class MeetingAgenda implements AgendaContributor {
    private final Meetings meetings;
    private final Views views;

    MeetingAgenda(Meetings meetings, Views views) {
        this.meetings = meetings;
        this.views = views;
    }

    @Override
    public List<AgendaItem> itemsFor(long registrationId) {
        return views.meetings(meetings.ofPerson(registrationId)).stream().map(m -> item(m, registrationId)).toList();
    }

    private static AgendaItem item(MeetingView m, long registrationId) {
        String others = m.people().stream().filter(p -> p.registrationId() != registrationId).map(MeetingView.Person::name)
                .collect(Collectors.joining(", "));
        SessionView session = new SessionView(0, m.summitId(), "openspace-meeting-" + m.id() + "@convene", 0, SessionKind.OPEN_SPACE,
                others, null, null, 0, m.placeName(), m.start(), m.end(), List.of(), List.of(), Audience.INVITATION, null, List.of(), null);
        return new AgendaItem(session, AgendaPart.MEETING);
    }
}
