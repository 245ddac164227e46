package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** People see and change only what their role and group allow; forbidden reads look like unknown ids. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest extends DelegationsModuleTest {
    private long civilSociety;
    private long business;
    private long morocco;
    private long businessDelegate;
    private long moroccanDelegate;

    @BeforeEach
    void groupsWithOneDelegateEach() {
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 5);
        business = group(GroupKind.BUSINESS, 5);
        delegation("DE", 5, Map.of());
        morocco = delegation("MA", 5, Map.of());
        registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, People.delegate("civil@example.org"));
        businessDelegate = registration.nominate(Actors.BUSINESS_LEAD, business, People.delegate("business@example.org")).id();
        moroccanDelegate = registration.nominate(Actors.MOROCCAN_FOCAL_POINT, morocco, People.delegate("morocco@example.org")).id();
    }

    @Test
    void a_civil_society_lead_can_neither_see_nor_change_a_business_registration() {
        assertThatThrownBy(() -> registration.find(Actors.CIVIL_SOCIETY_LEAD, businessDelegate)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registration.history(Actors.CIVIL_SOCIETY_LEAD, businessDelegate)).isInstanceOf(NotFoundException.class);
        assertThat(registration.list(Actors.CIVIL_SOCIETY_LEAD, berlin, RegistrationFilter.all()))
                .extracting(r -> r.person().email()).containsExactly("civil@example.org");
        assertThat(registration.list(Actors.CIVIL_SOCIETY_LEAD, berlin, new RegistrationFilter(business, null, null, null))).isEmpty();
        assertThat(registration.counts(Actors.CIVIL_SOCIETY_LEAD, berlin, RegistrationFilter.all()))
                .containsEntry(RegistrationStatus.NOMINATED, 1L);
        assertThatThrownBy(() -> registration.withdraw(Actors.CIVIL_SOCIETY_LEAD, businessDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.nominate(Actors.CIVIL_SOCIETY_LEAD, business, People.delegate("x@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registration.find(Actors.CHAIR_OFFICE, businessDelegate).status()).isEqualTo(RegistrationStatus.NOMINATED);
    }

    @Test
    void a_focal_point_of_germany_cannot_touch_the_moroccan_delegation() {
        assertThatThrownBy(() -> registration.find(Actors.GERMAN_FOCAL_POINT, moroccanDelegate)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registration.withdraw(Actors.GERMAN_FOCAL_POINT, moroccanDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.nominate(Actors.GERMAN_FOCAL_POINT, morocco, People.delegate("x@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registration.list(Actors.GERMAN_FOCAL_POINT, berlin, RegistrationFilter.all())).isEmpty();
        assertThat(registration.find(Actors.MOROCCAN_FOCAL_POINT, moroccanDelegate).person().email()).isEqualTo("morocco@example.org");
    }

    @Test
    void leads_may_nominate_and_withdraw_but_only_the_chair_office_approves_rejects_and_issues_badges() {
        assertThatThrownBy(() -> registration.approve(Actors.BUSINESS_LEAD, businessDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.reject(Actors.BUSINESS_LEAD, businessDelegate, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.markBadgeIssued(Actors.BUSINESS_LEAD, businessDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.checkIn(Actors.BUSINESS_LEAD, businessDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThat(registration.withdraw(Actors.BUSINESS_LEAD, businessDelegate).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
    }

    @Test
    void the_check_in_desk_can_only_find_a_registration_by_id_and_check_it_in() {
        registration.approve(Actors.CHAIR_OFFICE, businessDelegate);
        registration.markBadgeIssued(Actors.CHAIR_OFFICE, businessDelegate);

        assertThat(registration.find(Actors.CHECK_IN_DESK, businessDelegate).person().email()).isEqualTo("business@example.org");
        assertThat(registration.checkIn(Actors.CHECK_IN_DESK, businessDelegate).status()).isEqualTo(RegistrationStatus.CHECKED_IN);
        assertThat(registration.list(Actors.CHECK_IN_DESK, berlin, RegistrationFilter.all())).isEmpty();
        assertThatThrownBy(() -> registration.history(Actors.CHECK_IN_DESK, businessDelegate)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registration.nominate(Actors.CHECK_IN_DESK, business, People.delegate("x@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.approve(Actors.CHECK_IN_DESK, moroccanDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.withdraw(Actors.CHECK_IN_DESK, moroccanDelegate)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anyone_else_may_do_nothing() {
        assertThatThrownBy(() -> registration.find(Actors.ATTENDEE, businessDelegate)).isInstanceOf(NotFoundException.class);
        assertThat(registration.list(Actors.ATTENDEE, berlin, RegistrationFilter.all())).isEmpty();
        assertThatThrownBy(() -> registration.nominate(Actors.ATTENDEE, business, People.delegate("x@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.withdraw(Actors.ATTENDEE, businessDelegate)).isInstanceOf(AccessDeniedException.class);
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration")).isEqualTo(3);
    }

    @Test
    void an_unknown_id_is_not_found_for_everyone() {
        assertThatThrownBy(() -> registration.find(Actors.CHAIR_OFFICE, businessDelegate + 1000)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registration.approve(Actors.CHAIR_OFFICE, businessDelegate + 1000)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registration.nominate(Actors.CHAIR_OFFICE, business + 1000, People.delegate("x@example.org")))
                .isInstanceOf(NotFoundException.class);
        RegistrationView unchanged = registration.find(Actors.CHAIR_OFFICE, businessDelegate);
        assertThat(unchanged.status()).isEqualTo(RegistrationStatus.NOMINATED);
    }
}
