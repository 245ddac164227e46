package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.delegations.RegistrationStatus.APPROVED;
import static org.convene.delegations.RegistrationStatus.BADGE_ISSUED;
import static org.convene.delegations.RegistrationStatus.CHECKED_IN;
import static org.convene.delegations.RegistrationStatus.NOMINATED;
import static org.convene.delegations.RegistrationStatus.REJECTED;
import static org.convene.delegations.RegistrationStatus.WAITING_LIST;
import static org.convene.delegations.RegistrationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.internal.Workflow.Action;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowTest {
    @ParameterizedTest(name = "{1} moves {0} to {2}")
    @CsvSource({
            "NOMINATED, APPROVE, APPROVED",
            "NOMINATED, REJECT, REJECTED",
            "APPROVED, ISSUE_BADGE, BADGE_ISSUED",
            "BADGE_ISSUED, CHECK_IN, CHECKED_IN",
            "WAITING_LIST, PROMOTE, NOMINATED"})
    void the_workflow_moves_forward_one_step_at_a_time(RegistrationStatus from, Action action, RegistrationStatus to) {
        assertThat(Workflow.next(from, action)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} can be withdrawn")
    @EnumSource(value = RegistrationStatus.class, names = {"WAITING_LIST", "NOMINATED", "APPROVED", "BADGE_ISSUED"})
    void every_status_that_is_not_final_can_be_withdrawn(RegistrationStatus from) {
        assertThat(Workflow.next(from, Action.WITHDRAW)).isEqualTo(WITHDRAWN);
    }

    @Test
    void every_other_move_is_a_conflict_naming_the_status() {
        Set<String> allowed = Set.of("NOMINATED/APPROVE", "NOMINATED/REJECT", "APPROVED/ISSUE_BADGE", "BADGE_ISSUED/CHECK_IN",
                "WAITING_LIST/PROMOTE", "WAITING_LIST/WITHDRAW", "NOMINATED/WITHDRAW", "APPROVED/WITHDRAW", "BADGE_ISSUED/WITHDRAW");
        for (RegistrationStatus from : RegistrationStatus.values()) {
            for (Action action : Action.values()) {
                if (allowed.contains(from + "/" + action) || (from == CHECKED_IN && action == Action.CHECK_IN)) {
                    continue;
                }
                Problem.conflict(() -> Workflow.next(from, action), "status", Workflow.NOT_ALLOWED);
            }
        }
    }

    @Test
    void a_second_check_in_is_told_apart_from_a_badge_not_yet_issued() {
        Problem.conflict(() -> Workflow.next(CHECKED_IN, Action.CHECK_IN), "status", Workflow.ALREADY_CHECKED_IN);
        Problem.conflict(() -> Workflow.next(APPROVED, Action.CHECK_IN), "status", Workflow.NOT_ALLOWED);
    }

    @Test
    void the_final_statuses_are_rejected_checked_in_and_withdrawn() {
        assertThat(EnumSet.allOf(RegistrationStatus.class)).filteredOn(RegistrationStatus::isFinal)
                .containsExactlyInAnyOrder(REJECTED, CHECKED_IN, WITHDRAWN);
    }

    @Test
    void a_place_is_held_from_nomination_to_check_in_but_not_on_the_waiting_list() {
        assertThat(EnumSet.allOf(RegistrationStatus.class)).filteredOn(RegistrationStatus::holdsPlace)
                .containsExactlyInAnyOrder(NOMINATED, APPROVED, BADGE_ISSUED, CHECKED_IN);
        assertThat(WAITING_LIST.holdsPlace()).isFalse();
    }
}
