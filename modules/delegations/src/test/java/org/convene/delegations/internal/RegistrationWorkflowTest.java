package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.convene.delegations.RegistrationStatus.APPROVED;
import static org.convene.delegations.RegistrationStatus.BADGE_ISSUED;
import static org.convene.delegations.RegistrationStatus.CHECKED_IN;
import static org.convene.delegations.RegistrationStatus.NOMINATED;
import static org.convene.delegations.RegistrationStatus.REJECTED;
import static org.convene.delegations.RegistrationStatus.WITHDRAWN;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StatusChangeView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationWorkflowTest extends DelegationsModuleTest {
    private long civilSociety;

    @BeforeEach
    void aCivilSocietyGroup() {
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
    }

    @Test
    void a_delegate_goes_from_nomination_to_check_in_and_every_step_is_kept_with_who_and_when() {
        long id = registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, People.delegate("amina@example.org")).id();
        clock.advance(Duration.ofHours(1));
        registration.approve(Actors.CHAIR_OFFICE, id);
        clock.advance(Duration.ofHours(1));
        registration.markBadgeIssued(Actors.CHAIR_OFFICE, id);
        clock.advance(Duration.ofHours(1));
        RegistrationView checkedIn = registration.checkIn(Actors.CHECK_IN_DESK, id);

        assertThat(checkedIn.status()).isEqualTo(CHECKED_IN);
        assertThat(registration.history(Actors.CHAIR_OFFICE, id))
                .extracting(StatusChangeView::from, StatusChangeView::to, StatusChangeView::actorUserId, StatusChangeView::at)
                .containsExactly(
                        tuple(null, NOMINATED, Actors.CIVIL_SOCIETY_LEAD.userId(), TestClock.START),
                        tuple(NOMINATED, APPROVED, Actors.CHAIR_OFFICE.userId(), TestClock.START.plus(Duration.ofHours(1))),
                        tuple(APPROVED, BADGE_ISSUED, Actors.CHAIR_OFFICE.userId(), TestClock.START.plus(Duration.ofHours(2))),
                        tuple(BADGE_ISSUED, CHECKED_IN, Actors.CHECK_IN_DESK.userId(), TestClock.START.plus(Duration.ofHours(3))));
        assertThat(events.of(RegistrationApproved.class)).containsExactly(new RegistrationApproved(id, civilSociety, "amina@example.org"));
    }

    @Test
    void a_rejection_needs_a_reason_which_the_history_and_the_event_keep() {
        long id = nominate(civilSociety, "amina@example.org").id();

        Problem.invalid(() -> registration.reject(Actors.CHAIR_OFFICE, id, "  "), "reason", "validation.required");
        registration.reject(Actors.CHAIR_OFFICE, id, "Not a member of the mechanism");

        assertThat(registration.find(Actors.CHAIR_OFFICE, id).status()).isEqualTo(REJECTED);
        assertThat(registration.history(Actors.CHAIR_OFFICE, id)).last().extracting(StatusChangeView::reason)
                .isEqualTo("Not a member of the mechanism");
        assertThat(events.of(RegistrationRejected.class))
                .containsExactly(new RegistrationRejected(id, civilSociety, "amina@example.org", "Not a member of the mechanism"));
    }

    @Test
    void steps_out_of_order_are_conflicts_and_change_nothing() {
        long id = nominate(civilSociety, "amina@example.org").id();

        Problem.conflict(() -> registration.markBadgeIssued(Actors.CHAIR_OFFICE, id), "status", Workflow.NOT_ALLOWED);
        Problem.conflict(() -> registration.checkIn(Actors.CHECK_IN_DESK, id), "status", Workflow.NOT_ALLOWED);
        registration.withdraw(Actors.CIVIL_SOCIETY_LEAD, id);
        Problem.conflict(() -> registration.approve(Actors.CHAIR_OFFICE, id), "status", Workflow.NOT_ALLOWED);
        Problem.conflict(() -> registration.withdraw(Actors.CHAIR_OFFICE, id), "status", Workflow.NOT_ALLOWED);

        assertThat(registration.find(Actors.CHAIR_OFFICE, id).status()).isEqualTo(WITHDRAWN);
        assertThat(registration.history(Actors.CHAIR_OFFICE, id)).hasSize(2);
    }

    @Test
    void a_badge_is_scanned_once_and_a_second_scan_is_told_apart() {
        long id = nominate(civilSociety, "amina@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        registration.markBadgeIssued(Actors.CHAIR_OFFICE, id);
        registration.checkIn(Actors.CHECK_IN_DESK, id);

        Problem.conflict(() -> registration.checkIn(Actors.CHECK_IN_DESK, id), "status", Workflow.ALREADY_CHECKED_IN);
    }

    @Test
    void the_chair_office_lists_and_counts_registrations_by_group_status_country_and_role() {
        long germany = delegation("DE", 5, Map.of());
        long a = nominate(civilSociety, "a@example.org").id();
        nominate(civilSociety, "b@example.org");
        registration.nominate(Actors.CHAIR_OFFICE, germany, People.person("head@example.org", DelegateRole.HEAD_OF_DELEGATION));
        registration.approve(Actors.CHAIR_OFFICE, a);

        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all())).hasSize(3);
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(civilSociety, null, null, null))).hasSize(2);
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(null, APPROVED, null, null)))
                .extracting(RegistrationView::id).containsExactly(a);
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(null, null, null, DelegateRole.HEAD_OF_DELEGATION)))
                .extracting(r -> r.person().email()).containsExactly("head@example.org");
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(null, null, "SN", null))).hasSize(3);
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(null, null, "FR", null))).isEmpty();
        Map<RegistrationStatus, Long> counts = registration.counts(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all());
        assertThat(counts).containsEntry(NOMINATED, 2L).containsEntry(APPROVED, 1L).containsEntry(CHECKED_IN, 0L)
                .hasSize(RegistrationStatus.values().length);
    }
}
