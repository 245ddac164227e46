package org.convene.roundtables.internal;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.PersonalData;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.Person;
import org.convene.identity.NewUser;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Seating;

/** Base for seating tests: delegates registered and approved into the summits' groups, roundtables of a given capacity. */
abstract class SeatingModuleTest extends RoundtableModuleTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    @Inject
    Seating seating;
    @Inject
    DelegateRegistration registration;
    @Inject
    UserManagement users;
    @Inject
    PersonalData personalData;

    long table(long theme, String title, int capacity) {
        return roundtables.create(theme == quitoTheme ? quito : berlin,
                new RoundtableCommand(theme, title, RoundtableFormat.ROUNDTABLE, capacity, List.of("DE"), List.of(), List.of())).id();
    }

    /** An approved delegate of the group with this nationality. */
    long delegate(long group, String nationality) {
        long id = nominee(group, nationality, "d" + PEOPLE.incrementAndGet() + "@seats.example.org");
        registration.approve(OFFICE, id);
        return id;
    }

    long nominee(long group, String nationality, String email) {
        return registration.nominate(OFFICE, group, new Person("Лейла", "Аль-Хасан", "Leila", "Al-Hassan", "Org", null, nationality,
                nationality, Gender.FEMALE, email, DelegateRole.DELEGATE, null, null)).id();
    }

    /** An account holding these roles, with an e-mail of its own or the one given. */
    Actor account(String email, RoleGrant... grants) {
        String address = email == null ? "u" + PEOPLE.incrementAndGet() + "@accounts.example.org" : email;
        return Actor.of(users.create(new NewUser(address, "Someone", "a-long-enough-secret", null, List.of(grants))));
    }
}
