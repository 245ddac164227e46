package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.delegations.DelegateRole.ADVISER;
import static org.convene.delegations.DelegateRole.HEAD_OF_DELEGATION;
import static org.convene.delegations.RegistrationStatus.NOMINATED;
import static org.convene.delegations.RegistrationStatus.WAITING_LIST;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StatusChangeView;
import org.convene.delegations.WaitlistPromoted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A full group puts nominations on its waiting list in order of arrival; a freed place goes to the
 * first in line. Decision: a second head of delegation is not refused but waits like anyone for
 * whom the quota has no room, since withdrawing the first head frees the role's place.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingListTest extends DelegationsModuleTest {
    @Test
    void a_full_group_puts_nominations_on_its_waiting_list_in_order_of_arrival() {
        long mayors = group(GroupKind.MAYORS, 1);

        assertThat(nominate(mayors, "a@example.org").status()).isEqualTo(NOMINATED);
        RegistrationView second = nominate(mayors, "b@example.org");
        RegistrationView third = nominate(mayors, "c@example.org");

        assertThat(second.status()).isEqualTo(WAITING_LIST);
        assertThat(second.waitlistPosition()).isEqualTo(1);
        assertThat(third.waitlistPosition()).isEqualTo(2);
    }

    @Test
    void a_rejection_gives_the_place_to_the_first_in_line_who_is_told_by_an_event() {
        long mayors = group(GroupKind.MAYORS, 1);
        long first = nominate(mayors, "a@example.org").id();
        long second = nominate(mayors, "b@example.org").id();
        long third = nominate(mayors, "c@example.org").id();

        registration.reject(Actors.CHAIR_OFFICE, first, "Duplicate of another nomination");

        assertThat(registration.find(Actors.CHAIR_OFFICE, second)).extracting(RegistrationView::status, RegistrationView::waitlistPosition)
                .containsExactly(NOMINATED, null);
        assertThat(registration.find(Actors.CHAIR_OFFICE, third).waitlistPosition()).isEqualTo(1);
        assertThat(events.of(WaitlistPromoted.class)).containsExactly(new WaitlistPromoted(second, mayors, "b@example.org"));
        assertThat(registration.history(Actors.CHAIR_OFFICE, second)).last()
                .extracting(StatusChangeView::to, StatusChangeView::actorUserId, StatusChangeView::reason)
                .containsExactly(NOMINATED, Actors.CHAIR_OFFICE.userId(), RegistrationChanges.PROMOTED);
    }

    @Test
    void a_withdrawal_gives_the_place_to_the_first_in_line() {
        long business = group(GroupKind.BUSINESS, 1);
        long first = registration.nominate(Actors.BUSINESS_LEAD, business, People.delegate("a@example.org")).id();
        long second = registration.nominate(Actors.BUSINESS_LEAD, business, People.delegate("b@example.org")).id();

        registration.withdraw(Actors.BUSINESS_LEAD, first);

        assertThat(registration.find(Actors.BUSINESS_LEAD, second).status()).isEqualTo(NOMINATED);
        assertThat(events.of(WaitlistPromoted.class)).extracting(WaitlistPromoted::registrationId).containsExactly(second);
    }

    @Test
    void leaving_the_waiting_list_moves_those_behind_up_and_promotes_nobody() {
        long mayors = group(GroupKind.MAYORS, 1);
        nominate(mayors, "a@example.org");
        long second = nominate(mayors, "b@example.org").id();
        long third = nominate(mayors, "c@example.org").id();
        long fourth = nominate(mayors, "d@example.org").id();

        registration.withdraw(Actors.CHAIR_OFFICE, second);

        assertThat(registration.find(Actors.CHAIR_OFFICE, third).waitlistPosition()).isEqualTo(1);
        assertThat(registration.find(Actors.CHAIR_OFFICE, fourth).waitlistPosition()).isEqualTo(2);
        assertThat(nominate(mayors, "e@example.org").waitlistPosition()).isEqualTo(3);
        assertThat(events.of(WaitlistPromoted.class)).isEmpty();
    }

    @Test
    void a_second_head_of_delegation_waits_and_an_adviser_behind_them_takes_a_freed_place() {
        long germany = delegation("DE", 2, Map.of(HEAD_OF_DELEGATION, 1));
        long head = registration.nominate(Actors.GERMAN_FOCAL_POINT, germany, People.person("head@example.org", HEAD_OF_DELEGATION)).id();
        long delegate = registration.nominate(Actors.GERMAN_FOCAL_POINT, germany, People.delegate("delegate@example.org")).id();
        RegistrationView secondHead = registration.nominate(Actors.GERMAN_FOCAL_POINT, germany, People.person("head2@example.org", HEAD_OF_DELEGATION));
        long adviser = registration.nominate(Actors.GERMAN_FOCAL_POINT, germany, People.person("adviser@example.org", ADVISER)).id();

        assertThat(secondHead.status()).isEqualTo(WAITING_LIST);
        registration.withdraw(Actors.GERMAN_FOCAL_POINT, delegate);

        assertThat(registration.find(Actors.CHAIR_OFFICE, secondHead.id())).extracting(RegistrationView::status, RegistrationView::waitlistPosition)
                .containsExactly(WAITING_LIST, 1);
        assertThat(registration.find(Actors.CHAIR_OFFICE, adviser).status()).isEqualTo(NOMINATED);

        registration.withdraw(Actors.GERMAN_FOCAL_POINT, head);
        assertThat(registration.find(Actors.CHAIR_OFFICE, secondHead.id()).status()).isEqualTo(NOMINATED);
    }
}
