package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.convene.delegations.BulkDecisions;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationApproved;
import org.convene.delegations.RegistrationRejected;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.WaitlistPromoted;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The chair office approves or rejects many nominations at once: all of them, or none. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkDecisionsTest extends DelegationsModuleTest {
    @Inject
    BulkDecisions decisions;

    private RegistrationStatus status(long id) {
        return registration.find(Actors.CHAIR_OFFICE, id).status();
    }

    @Test
    void the_chair_office_approves_nominations_of_several_groups_with_a_history_line_and_event_each() {
        long a = nominate(group(GroupKind.CIVIL_SOCIETY, 5), "a@example.org").id();
        long b = nominate(delegation("DE", 5, Map.of()), "b@example.org").id();

        List<RegistrationView> approved = decisions.approveAll(Actors.CHAIR_OFFICE, List.of(b, a));

        assertThat(approved).extracting(RegistrationView::id, RegistrationView::status)
                .containsExactly(tuple(b, RegistrationStatus.APPROVED), tuple(a, RegistrationStatus.APPROVED));
        assertThat(registration.history(Actors.CHAIR_OFFICE, a)).hasSize(2);
        assertThat(events.of(RegistrationApproved.class)).extracting(RegistrationApproved::registrationId).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void one_registration_that_cannot_be_approved_stops_the_whole_batch_and_is_named() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 5);
        long a = nominate(civilSociety, "a@example.org").id();
        long b = nominate(civilSociety, "b@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, b);
        events.clear();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> decisions.approveAll(Actors.CHAIR_OFFICE, List.of(a, b, 999_999L)));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                tuple("registrations[" + b + "]", Workflow.NOT_ALLOWED),
                tuple("registrations[999999]", BulkDecisionWrites.NOT_FOUND));
        assertThat(status(a)).isEqualTo(RegistrationStatus.NOMINATED);
        assertThat(events.of(RegistrationApproved.class)).isEmpty();
    }

    @Test
    void rejecting_many_gives_their_places_to_the_waiting_list_with_one_reason() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 2);
        long a = nominate(civilSociety, "a@example.org").id();
        long b = nominate(civilSociety, "b@example.org").id();
        long waiting = nominate(civilSociety, "c@example.org").id();

        decisions.rejectAll(Actors.CHAIR_OFFICE, List.of(a, b), "  not accredited this year ");

        assertThat(status(a)).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(status(waiting)).isEqualTo(RegistrationStatus.NOMINATED);
        assertThat(events.of(RegistrationRejected.class)).extracting(RegistrationRejected::reason)
                .containsOnly("not accredited this year");
        assertThat(events.of(WaitlistPromoted.class)).singleElement().satisfies(e -> assertThat(e.registrationId()).isEqualTo(waiting));
    }

    @Test
    void a_rejection_needs_a_reason_and_a_selection() {
        long a = nominate(group(GroupKind.CIVIL_SOCIETY, 2), "a@example.org").id();

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> decisions.rejectAll(Actors.CHAIR_OFFICE, List.of(a), " ")).problems())
                .extracting(FieldProblem::field).containsExactly("reason");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> decisions.approveAll(Actors.CHAIR_OFFICE, List.of())).problems())
                .extracting(FieldProblem::field).containsExactly("registrations");
        assertThat(status(a)).isEqualTo(RegistrationStatus.NOMINATED);
    }

    @Test
    void only_the_chair_office_decides_in_bulk() {
        long a = nominate(group(GroupKind.CIVIL_SOCIETY, 2), "a@example.org").id();

        assertThatThrownBy(() -> decisions.approveAll(Actors.CIVIL_SOCIETY_LEAD, List.of(a))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.rejectAll(Actors.BUSINESS_LEAD, List.of(a), "no")).isInstanceOf(AccessDeniedException.class);
        assertThat(status(a)).isEqualTo(RegistrationStatus.NOMINATED);
    }
}
