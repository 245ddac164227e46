package org.convene.ui;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;

/** The setup most view and journey tests start from, made through the facades as the app would. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A user who reads the interface in English. */
    public static UserView user(ApplicationContext context, String email, String name, String password, RoleGrant... grants) {
        return context.getBean(UserManagement.class).create(new NewUser(email, name, password, "en", List.of(grants)));
    }

    /** A summit whose chair holds the chairmanship for the calendar year the summit starts in. */
    public static long summit(ApplicationContext context, String chair, String title, int number, String city, String venue,
            LocalDate start, LocalDate end) {
        int year = start.getYear();
        return summit(context, new ChairmanshipCommand(List.of(chair), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                title, number, city, venue, start, end);
    }

    public static long summit(ApplicationContext context, ChairmanshipCommand chairmanship, String title, int number, String city,
            String venue, LocalDate start, LocalDate end) {
        long chairmanshipId = context.getBean(ChairmanshipManagement.class).create(chairmanship).id();
        return context.getBean(SummitManagement.class)
                .create(new SummitCommand(chairmanshipId, title, number, city, venue, start, end, null)).id();
    }

    /** One of the summit's mechanism groups (no state, no name of its own), set up by the chair office. */
    public static long group(ApplicationContext context, UserView office, long summitId, GroupKind kind, int quota) {
        return context.getBean(StakeholderGroups.class).create(Actor.of(office), summitId,
                new GroupCommand(kind, null, null, quota, Map.of())).id();
    }
}
