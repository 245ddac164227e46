package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participants;
import org.convene.delegations.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantsTest extends DelegationsModuleTest {
    @Inject
    Participants participants;

    @Test
    void continentsAreTheUnRegionsOfTheNationalitiesAndUnknownIdsAreLeftOut() {
        long civil = group(GroupKind.CIVIL_SOCIETY, 5);
        long senegal = person(civil, "sn@x.org", "SN");
        long mexico = person(civil, "mx@x.org", "MX");
        long germany = person(civil, "de@x.org", "DE");

        assertThat(participants.continents(List.of(senegal, mexico, germany, 987654L)))
                .isEqualTo(Map.of(senegal, "002", mexico, "019", germany, "150"));
        assertThat(participants.continents(List.of())).isEmpty();
    }

    private long person(long group, String email, String nationality) {
        return registration.nominate(Actors.CHAIR_OFFICE, group, new Person("Given", "Family", null, null, "Org", null, nationality,
                nationality, null, email, DelegateRole.DELEGATE, null, null)).id();
    }
}
