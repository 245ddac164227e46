package org.convene.delegations.internal;

import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;

/** The people who act in the tests, one per role and scope; user ids are just numbers here. */
final class Actors {
    static final Actor CHAIR_OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    static final Actor CIVIL_SOCIETY_LEAD = new Actor(2, List.of(new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY")));
    static final Actor BUSINESS_LEAD = new Actor(3, List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS")));
    static final Actor GERMAN_FOCAL_POINT = new Actor(4, List.of(new RoleGrant(Role.FOCAL_POINT, "DE")));
    static final Actor MOROCCAN_FOCAL_POINT = new Actor(5, List.of(new RoleGrant(Role.FOCAL_POINT, "MA")));
    static final Actor CHECK_IN_DESK = new Actor(6, List.of(RoleGrant.of(Role.CHECK_IN)));
    static final Actor ATTENDEE = new Actor(7, List.of(RoleGrant.of(Role.ATTENDEE)));

    private Actors() {
    }
}
