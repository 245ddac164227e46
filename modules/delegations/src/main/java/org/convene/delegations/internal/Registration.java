package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;

/**
 * A person registered in one group of a summit. No version column: every change of a
 * registration holds its group's lock, which already serialises the writers.
 */
@MappedEntity("delegation_registration")
record Registration(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        long groupId,
        String givenName,
        String familyName,
        @Nullable String latinGivenName,
        @Nullable String latinFamilyName,
        String organisation,
        @Nullable String title,
        String nationality,
        String residence,
        @Nullable Gender gender,
        String email,
        DelegateRole role,
        @Nullable String accessibilityNeeds,
        @Nullable String dietaryNeeds,
        RegistrationStatus status,
        @Nullable Integer waitlistPosition,
        Instant createdAt) {

    static Registration of(Group group, Person p, RegistrationStatus status, Integer waitlistPosition, Instant now) {
        return new Registration(null, group.summitId(), group.id(), p.givenName(), p.familyName(), p.latinGivenName(),
                p.latinFamilyName(), p.organisation(), p.title(), p.nationality(), p.residence(), p.gender(), p.email(),
                p.role(), p.accessibilityNeeds(), p.dietaryNeeds(), status, waitlistPosition, now);
    }

    Registration withId(long newId) {
        return new Registration(newId, summitId, groupId, givenName, familyName, latinGivenName, latinFamilyName, organisation,
                title, nationality, residence, gender, email, role, accessibilityNeeds, dietaryNeeds, status, waitlistPosition, createdAt);
    }

    /** A registration leaves the waiting list with any move, so the position goes with it. */
    Registration withStatus(RegistrationStatus next) {
        return new Registration(id, summitId, groupId, givenName, familyName, latinGivenName, latinFamilyName, organisation,
                title, nationality, residence, gender, email, role, accessibilityNeeds, dietaryNeeds, next,
                next == RegistrationStatus.WAITING_LIST ? waitlistPosition : null, createdAt);
    }

    Person person() {
        return new Person(givenName, familyName, latinGivenName, latinFamilyName, organisation, title, nationality,
                residence, gender, email, role, accessibilityNeeds, dietaryNeeds);
    }

    RegistrationView view() {
        return new RegistrationView(id, summitId, groupId, person(), status, waitlistPosition);
    }
}
