package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.delegations.DelegateRole.ADVISER;
import static org.convene.delegations.DelegateRole.DELEGATE;
import static org.convene.delegations.DelegateRole.HEAD_OF_DELEGATION;

import java.util.List;
import java.util.Map;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;

class QuotaTest {
    private static final Quota FIVE_WITH_ONE_HEAD = new Quota(5, Map.of(HEAD_OF_DELEGATION, 1));

    @Test
    void a_group_admits_until_its_places_are_taken() {
        assertThat(FIVE_WITH_ONE_HEAD.admits(DELEGATE, new Occupancy(4, Map.of(DELEGATE, 4), 0))).isTrue();
        assertThat(FIVE_WITH_ONE_HEAD.admits(DELEGATE, new Occupancy(5, Map.of(DELEGATE, 5), 0))).isFalse();
    }

    @Test
    void a_role_quota_refuses_the_role_even_while_the_group_has_places() {
        Occupancy oneHead = new Occupancy(1, Map.of(HEAD_OF_DELEGATION, 1), 0);

        assertThat(FIVE_WITH_ONE_HEAD.admits(HEAD_OF_DELEGATION, oneHead)).isFalse();
        assertThat(FIVE_WITH_ONE_HEAD.admits(ADVISER, oneHead)).isTrue();
    }

    @Test
    void a_group_without_places_admits_nobody() {
        assertThat(new Quota(0, Map.of()).admits(DELEGATE, new Occupancy(0, Map.of(), 0))).isFalse();
    }

    @Test
    void the_first_in_line_whose_role_still_has_room_is_admitted() {
        Occupancy oneHead = new Occupancy(1, Map.of(HEAD_OF_DELEGATION, 1), 0);

        assertThat(FIVE_WITH_ONE_HEAD.firstAdmitted(List.of(HEAD_OF_DELEGATION, ADVISER, DELEGATE), oneHead)).hasValue(1);
        assertThat(FIVE_WITH_ONE_HEAD.firstAdmitted(List.of(HEAD_OF_DELEGATION), oneHead)).isEmpty();
    }

    @Test
    void occupancy_grows_by_one_place_of_the_role() {
        Occupancy next = new Occupancy(1, Map.of(HEAD_OF_DELEGATION, 1), 3).plus(DELEGATE);

        assertThat(next.taken()).isEqualTo(2);
        assertThat(next.takenBy(DELEGATE)).isEqualTo(1);
        assertThat(next.takenBy(HEAD_OF_DELEGATION)).isEqualTo(1);
    }

    @Test
    void a_quota_may_shrink_to_the_places_taken_but_not_below() {
        Occupancy three = new Occupancy(3, Map.of(DELEGATE, 2, HEAD_OF_DELEGATION, 1), 0);

        new Quota(3, Map.of(HEAD_OF_DELEGATION, 1)).refuseBelow(three);
        Problem.conflict(() -> new Quota(2, Map.of()).refuseBelow(three), "places", Quota.BELOW_TAKEN);
        Problem.conflict(() -> new Quota(5, Map.of(HEAD_OF_DELEGATION, 0)).refuseBelow(three), "roleQuotas", Quota.BELOW_TAKEN);
    }
}
