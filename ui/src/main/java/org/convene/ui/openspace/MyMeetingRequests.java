package org.convene.ui.openspace;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.RequestStatus;
import org.convene.openspace.RequestView;
import org.convene.openspace.Response;
import org.convene.summit.SummitView;

/** The home page's "My meeting requests": per summit, invitations waiting for an answer, requests sent and meetings booked. */
public class MyMeetingRequests extends VerticalLayout {
    public MyMeetingRequests(Actor actor, OpenSpace openSpace, List<SummitView> summits) {
        setPadding(false);
        setId("my-meeting-requests");
        add(new H3(getTranslation("openspace.home.title")));
        boolean any = false;
        for (SummitView summit : summits) {
            Long me = openSpace.me(actor, summit.id()).orElse(null);
            if (me == null) {
                continue;
            }
            any = true;
            List<RequestView> requests = openSpace.myRequests(actor, summit.id());
            long invitations = requests.stream().filter(r -> r.status() == RequestStatus.OPEN && r.invitees().stream()
                    .anyMatch(i -> i.registrationId() == me && i.response() == Response.PENDING)).count();
            long sent = requests.stream().filter(r -> r.requesterId() == me && r.status().waiting()).count();
            long booked = openSpace.myMeetings(actor, summit.id()).size();
            add(new Paragraph(summit.title() + ": " + getTranslation("openspace.home.counts", invitations, sent, booked)));
        }
        if (!any) {
            setVisible(false);
        }
        add(new RouterLink(getTranslation("openspace.home.open"), OpenSpaceView.class));
    }
}
