package org.convene.delegations.internal;

import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.Person;

/** Valid people to nominate; each test gives its own e-mail addresses. */
final class People {
    private People() {
    }

    static Person delegate(String email) {
        return person(email, DelegateRole.DELEGATE);
    }

    static Person person(String email, DelegateRole role) {
        return new Person("Amina", "Diallo", null, null, "Migrants Network", "Dr", "SN", "DE", Gender.FEMALE,
                email, role, null, "vegetarian");
    }
}
