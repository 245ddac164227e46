package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.identity.NewUser;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.OpenSpaceSetup;
import org.convene.openspace.RequestView;
import org.convene.programme.Programme;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;

/**
 * The demo's Open Space: the programme's Open Space sessions as periods of 30-minute slots, six
 * tables and two small rooms; the demo attendee (李明) and two registered delegates with accounts
 * who chose to be findable; one meeting booked (in 李明's agenda), one invitation waiting for 李明's
 * answer and one request for any slot. Without Open Space sessions it does nothing.
 */
@Singleton
public class DemoOpenSpace {
    private final OpenSpace openSpace;
    private final Programme programme;
    private final UserManagement users;
    private final Profiles profiles;

    public DemoOpenSpace(OpenSpace openSpace, Programme programme, UserManagement users, Profiles profiles) {
        this.openSpace = openSpace;
        this.programme = programme;
        this.users = users;
        this.profiles = profiles;
    }

    public void load(long summitId, UserView chairOffice, String attendeeEmail) {
        List<Long> periods = programme.sessions(summitId).stream().filter(s -> s.kind() == SessionKind.OPEN_SPACE).map(SessionView::id).toList();
        if (periods.isEmpty()) {
            return;
        }
        Actor office = Actor.of(chairOffice);
        OpenSpaceSetup setup = openSpace.configure(office, summitId, 30, periods);
        for (int i = 1; i <= 6; i++) {
            openSpace.addPlace(office, summitId, "Table " + i, i <= 2 ? 2 : 4);
        }
        openSpace.addPlace(office, summitId, "Meeting room 1", 8);
        openSpace.addPlace(office, summitId, "Meeting room 2", 8);
        Optional<Actor> li = findable(summitId, attendeeEmail, null, "Domestic workers' rights, skills partnerships with Gulf states");
        Optional<Actor> maria = findable(summitId, "maria.ivanova@demo.convene", "Мария Иванова", "Migrant rights, Central Asia, remittances");
        Optional<Actor> wang = findable(summitId, "wang.wei@demo.convene", "王伟", "Cities and migrant inclusion, urban services");
        if (li.isEmpty() || maria.isEmpty() || wang.isEmpty() || setup.slots().size() < 3) {
            return;
        }
        long liId = openSpace.me(li.get(), summitId).orElseThrow();
        long mariaId = openSpace.me(maria.get(), summitId).orElseThrow();
        RequestView booked = openSpace.request(maria.get(), summitId, new MeetingRequestCommand(List.of(liId), setup.slots().get(1).start(),
                "Could we compare notes on recruitment fees in the Gulf?"));
        openSpace.respond(li.get(), booked.id(), true);
        openSpace.request(wang.get(), summitId, new MeetingRequestCommand(List.of(liId), setup.slots().get(2).start(),
                "Guangzhou is piloting a one-stop service centre for newcomers: interested?"));
        openSpace.request(li.get(), summitId, new MeetingRequestCommand(List.of(mariaId), null, "A follow-up whenever you are free."));
    }

    /** The person's account (made here for a delegate who has none), attending the summit and findable. */
    private Optional<Actor> findable(long summitId, String email, String name, String interests) {
        UserView user = users.findByEmail(email).orElseGet(() -> name == null ? null
                : users.create(new NewUser(email, name, DemoData.DEMO_PASSWORD, "en", List.of())));
        if (user == null) {
            return Optional.empty();
        }
        users.grant(user.id(), new RoleGrant(Role.ATTENDEE, String.valueOf(summitId)));
        profiles.update(user.id(), new Profile(null, interests, true));
        Actor actor = Actor.of(users.find(user.id()).orElseThrow());
        return openSpace.me(actor, summitId).isPresent() ? Optional.of(actor) : Optional.empty();
    }
}
