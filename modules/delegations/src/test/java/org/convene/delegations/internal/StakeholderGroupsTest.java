package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.delegations.DelegateRole.HEAD_OF_DELEGATION;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.delegations.RegistrationStatus;
import org.convene.platform.AccessDeniedException;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StakeholderGroupsTest extends DelegationsModuleTest {
    @Test
    void the_chair_office_creates_every_kind_of_group_with_its_quota() {
        GroupView germany = groups.create(Actors.CHAIR_OFFICE, berlin,
                new GroupCommand(GroupKind.STATE_DELEGATION, " de ", null, 6, Map.of(HEAD_OF_DELEGATION, 1)));
        GroupView iom = groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.OBSERVER, null, "IOM", 3, null));
        group(GroupKind.CIVIL_SOCIETY, 40);
        group(GroupKind.BUSINESS, 20);
        group(GroupKind.MAYORS, 20);
        groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.INVITED, null, "Youth", 5, null));

        assertThat(germany).extracting(GroupView::stateCode, GroupView::places, GroupView::roleQuotas, GroupView::taken)
                .containsExactly("DE", 6, Map.of(HEAD_OF_DELEGATION, 1), 0);
        assertThat(iom.name()).isEqualTo("IOM");
        assertThat(groups.list(Actors.CHAIR_OFFICE, berlin)).extracting(GroupView::kind).containsExactly(GroupKind.STATE_DELEGATION,
                GroupKind.OBSERVER, GroupKind.CIVIL_SOCIETY, GroupKind.BUSINESS, GroupKind.MAYORS, GroupKind.INVITED);
    }

    @Test
    void a_summit_has_one_delegation_per_state_one_group_per_mechanism_and_one_observer_per_name() {
        delegation("DE", 5, Map.of());
        group(GroupKind.CIVIL_SOCIETY, 10);
        groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.OBSERVER, null, "IOM", 3, null));

        Problem.conflict(() -> delegation("DE", 2, Map.of()), "stateCode", "group.exists");
        Problem.conflict(() -> group(GroupKind.CIVIL_SOCIETY, 3), "kind", "group.exists");
        Problem.conflict(() -> groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.OBSERVER, null, "iom", 3, null)),
                "name", "group.exists");
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_group")).isEqualTo(3);
    }

    @Test
    void a_group_needs_a_known_summit_a_state_or_name_where_its_kind_asks_and_sensible_quotas() {
        Problem.invalid(() -> groups.create(Actors.CHAIR_OFFICE, berlin + 1000, new GroupCommand(GroupKind.BUSINESS, null, null, 3, null)),
                "summitId", "group.summit.unknown");
        Problem.invalid(() -> groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(null, null, null, 3, null)), "kind", "validation.required");
        Problem.invalid(() -> delegation("XX", 3, Map.of()), "stateCode", "group.state.unknown");
        Problem.invalid(() -> groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.INVITED, null, " ", 3, null)),
                "name", "validation.required");
        Problem.invalid(() -> group(GroupKind.MAYORS, -1), "places", "group.places.range");
        Problem.invalid(() -> groups.create(Actors.CHAIR_OFFICE, berlin, new GroupCommand(GroupKind.MAYORS, null, null, null, null)),
                "places", "validation.required");
        Problem.invalid(() -> delegation("DE", 2, Map.of(HEAD_OF_DELEGATION, 3)), "roleQuotas", "group.role-quota.range");
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_group")).isZero();
    }

    @Test
    void only_the_chair_office_creates_groups_and_changes_quotas() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);

        assertThatThrownBy(() -> groups.create(Actors.CIVIL_SOCIETY_LEAD, berlin, new GroupCommand(GroupKind.BUSINESS, null, null, 3, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.changeQuota(Actors.CIVIL_SOCIETY_LEAD, civilSociety, 99, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groups.find(Actors.CHAIR_OFFICE, civilSociety)).get().extracting(GroupView::places).isEqualTo(10);
    }

    @Test
    void a_quota_never_falls_below_the_places_taken() {
        long mayors = group(GroupKind.MAYORS, 3);
        nominate(mayors, "a@example.org");
        nominate(mayors, "b@example.org");

        Problem.conflict(() -> groups.changeQuota(Actors.CHAIR_OFFICE, mayors, 1, Map.of()), "places", Quota.BELOW_TAKEN);
        assertThat(groups.changeQuota(Actors.CHAIR_OFFICE, mayors, 2, Map.of()).places()).isEqualTo(2);
    }

    @Test
    void a_larger_quota_gives_the_new_places_to_the_waiting_list_in_order() {
        long business = group(GroupKind.BUSINESS, 1);
        nominate(business, "first@example.org");
        long second = nominate(business, "second@example.org").id();
        long third = nominate(business, "third@example.org").id();
        long fourth = nominate(business, "fourth@example.org").id();

        GroupView changed = groups.changeQuota(Actors.CHAIR_OFFICE, business, 3, Map.of());

        assertThat(changed).extracting(GroupView::taken, GroupView::waiting).containsExactly(3, 1);
        assertThat(registration.find(Actors.CHAIR_OFFICE, second).status()).isEqualTo(RegistrationStatus.NOMINATED);
        assertThat(registration.find(Actors.CHAIR_OFFICE, third).status()).isEqualTo(RegistrationStatus.NOMINATED);
        assertThat(registration.find(Actors.CHAIR_OFFICE, fourth).waitlistPosition()).isEqualTo(1);
        assertThat(events.of(org.convene.delegations.WaitlistPromoted.class)).extracting(e -> e.registrationId())
                .containsExactly(second, third);
    }

    @Test
    void leads_and_focal_points_see_only_their_own_group() {
        delegation("DE", 5, Map.of());
        delegation("MA", 5, Map.of());
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
        long business = group(GroupKind.BUSINESS, 10);

        assertThat(groups.list(Actors.CIVIL_SOCIETY_LEAD, berlin)).extracting(GroupView::id).containsExactly(civilSociety);
        assertThat(groups.list(Actors.GERMAN_FOCAL_POINT, berlin)).extracting(GroupView::stateCode).containsExactly("DE");
        assertThat(groups.list(Actors.CHECK_IN_DESK, berlin)).isEmpty();
        assertThat(groups.list(Actors.ATTENDEE, berlin)).isEmpty();
        assertThat(groups.find(Actors.CIVIL_SOCIETY_LEAD, business)).isEmpty();
        assertThat(groups.list(Actors.CHAIR_OFFICE, berlin)).hasSize(4);
    }
}
