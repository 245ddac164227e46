package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Mechanism;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.SeatView;
import org.convene.roundtables.SeatingPlan;
import org.convene.roundtables.SeatingQuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatingTest extends SeatingModuleTest {
    @Test
    void choicesAreStoredInOrderAndReplacedWhole() {
        long a = table(mobility, "Fair recruitment", 10);
        long b = table(mobility, "Skills", 10);
        long c = table(climate, "Relocation", 10);
        long amina = delegate(civilSociety, "SN");

        assertThat(seating.setPreferences(OFFICE, amina, List.of(c, a, b)).roundtableIds()).containsExactly(c, a, b);
        assertThat(seating.setPreferences(OFFICE, amina, List.of(b)).roundtableIds()).containsExactly(b);
        assertThat(seating.preferences(OFFICE, amina).roundtableIds()).containsExactly(b);
        assertThat(seating.setPreferences(OFFICE, amina, List.of()).roundtableIds()).isEmpty();
    }

    @Test
    void badChoicesAreRefusedAndTheOldOnesKept() {
        long a = table(mobility, "Fair recruitment", 10);
        long b = table(mobility, "Skills", 10);
        long c = table(climate, "Relocation", 10);
        long d = table(climate, "Adaptation", 10);
        long elsewhere = table(quitoTheme, "Narratives", 10);
        long amina = delegate(civilSociety, "SN");
        seating.setPreferences(OFFICE, amina, List.of(a));

        assertThatThrownBy(() -> seating.setPreferences(OFFICE, amina, List.of(a, b, c, d))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("seating.choices.too-many"));
        assertThatThrownBy(() -> seating.setPreferences(OFFICE, amina, List.of(a, a))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("seating.choices.repeated"));
        assertThatThrownBy(() -> seating.setPreferences(OFFICE, amina, List.of(elsewhere))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("seating.choices.other-summit"));
        assertThat(seating.preferences(OFFICE, amina).roundtableIds()).containsExactly(a);
    }

    @Test
    void theDelegateTheirLeadAndTheChairOfficeMayStateChoicesAndNobodyElse() {
        long a = table(mobility, "Fair recruitment", 10);
        long amina = nominee(civilSociety, "SN", "amina.seats@example.org");
        long other = delegate(business, "FR");
        Actor herself = account("amina.seats@example.org", RoleGrant.of(Role.ATTENDEE));
        Actor lead = account(null, new RoleGrant(Role.MECHANISM_LEAD, Mechanism.CIVIL_SOCIETY.name()));
        Actor otherLead = account(null, new RoleGrant(Role.MECHANISM_LEAD, Mechanism.BUSINESS.name()));

        assertThat(seating.setPreferences(herself, amina, List.of(a)).roundtableIds()).containsExactly(a);
        assertThat(seating.preferences(lead, amina).roundtableIds()).containsExactly(a);
        assertThat(seating.ownRegistrations(herself, berlin)).containsExactly(amina);
        assertThatThrownBy(() -> seating.preferences(herself, other)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> seating.setPreferences(otherLead, amina, List.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> seating.assign(lead, berlin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seating.seat(lead, other, a)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> seating.plan(herself, berlin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAssignmentHonoursChoicesWithinCapacityAndOnlySeatsTheAccredited() {
        long small = table(mobility, "Fair recruitment", 2);
        long large = table(climate, "Relocation", 10);
        List<Long> keen = List.of(delegate(civilSociety, "SN"), delegate(civilSociety, "MX"), delegate(business, "DE"));
        for (long person : keen) {
            seating.setPreferences(OFFICE, person, List.of(small, large));
        }
        long nominated = nominee(business, "IN", "nominated.seats@example.org");
        seating.setPreferences(OFFICE, nominated, List.of(small));
        long silent = delegate(business, "CN");

        SeatingQuality quality = seating.assign(OFFICE, berlin);

        assertThat(quality.withPreferences()).isEqualTo(3);
        assertThat(quality.firstChoices()).isEqualTo(2);
        assertThat(quality.secondChoices()).isEqualTo(1);
        assertThat(quality.firstChoiceBound()).isEqualTo(2);
        assertThat(quality.anyChoiceBound()).isEqualTo(3);
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_seat WHERE roundtable_id = " + small)).isEqualTo(2);
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_seat WHERE registration_id IN (" + nominated + ", " + silent + ")")).isZero();
        assertThat(quality.tables()).extracting(SeatingQuality.TableQuality::seated).containsExactly(2, 1);
        assertThat(seating.quality(OFFICE, berlin)).isEqualTo(quality);
    }

    @Test
    void theAssignmentKeepsSeatsPlacedByHandAndReplacesTheRest() {
        long a = table(mobility, "Fair recruitment", 2);
        long b = table(climate, "Relocation", 2);
        long byHand = delegate(civilSociety, "SN");
        long keen = delegate(business, "DE");
        long keener = delegate(business, "FR");
        seating.setPreferences(OFFICE, byHand, List.of(a));
        seating.setPreferences(OFFICE, keen, List.of(a, b));
        seating.setPreferences(OFFICE, keener, List.of(a, b));
        seating.seat(OFFICE, byHand, b);
        seating.assign(OFFICE, berlin);
        seating.setPreferences(OFFICE, keen, List.of(b));

        seating.assign(OFFICE, berlin);

        SeatingPlan plan = seating.plan(OFFICE, berlin);
        assertThat(plan.tables().get(1).seats()).extracting(SeatView::registrationId).containsExactlyInAnyOrder(byHand, keen);
        assertThat(plan.tables().get(1).seats()).filteredOn(SeatView::manual).extracting(SeatView::registrationId).containsExactly(byHand);
        assertThat(plan.tables().get(0).seats()).extracting(SeatView::registrationId).containsExactly(keener);
        assertThat(plan.unseated()).isEmpty();
    }

    @Test
    void aWithdrawnDelegateLosesEvenASeatPlacedByHandAtOnce() {
        long a = table(mobility, "Fair recruitment", 3);
        long leaving = delegate(civilSociety, "SN");
        long staying = delegate(business, "DE");
        seating.seat(OFFICE, leaving, a);
        seating.seat(OFFICE, staying, a);

        registration.withdraw(OFFICE, leaving);

        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_seat WHERE registration_id = " + leaving)).isZero();
        seating.assign(OFFICE, berlin);
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_seat WHERE registration_id = " + leaving)).isZero();
        assertThat(seating.preferences(OFFICE, staying).seatRoundtableId()).isEqualTo(a);
    }

    @Test
    void anErasedDelegateLeavesNeitherChoicesNorASeat() {
        long a = table(mobility, "Fair recruitment", 3);
        long b = table(climate, "Relocation", 3);
        long erased = delegate(civilSociety, "SN");
        long kept = delegate(business, "DE");
        seating.setPreferences(OFFICE, erased, List.of(a, b));
        seating.setPreferences(OFFICE, kept, List.of(b));
        seating.assign(OFFICE, berlin);

        personalData.erase(OFFICE, erased);

        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_seat WHERE registration_id = " + erased)).isZero();
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_preference WHERE registration_id = " + erased)).isZero();
        assertThat(seating.preferences(OFFICE, kept).seatRoundtableId()).isEqualTo(b);
    }

    @Test
    void aFullRoundtableRefusesASeatByHandAndAMoveFreesTheOldSeat() {
        long a = table(mobility, "Fair recruitment", 1);
        long b = table(climate, "Relocation", 5);
        long first = delegate(civilSociety, "SN");
        long second = delegate(business, "DE");
        seating.seat(OFFICE, first, a);

        assertThatThrownBy(() -> seating.seat(OFFICE, second, a)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.problem().code()).isEqualTo("seat.full"));
        seating.seat(OFFICE, first, b);
        assertThat(seating.seat(OFFICE, second, a).roundtableId()).isEqualTo(a);
        seating.unseat(OFFICE, second);
        assertThat(seating.preferences(OFFICE, second).seatRoundtableId()).isNull();
        assertThat(seating.preferences(OFFICE, first).seatRoundtableId()).isEqualTo(b);
    }

    @Test
    void onlyAccreditedDelegatesOfTheSummitAreSeatedByHand() {
        long a = table(mobility, "Fair recruitment", 5);
        long elsewhere = table(quitoTheme, "Narratives", 5);
        long nominated = nominee(business, "IN", "not.yet@example.org");
        long approved = delegate(business, "DE");

        assertThatThrownBy(() -> seating.seat(OFFICE, nominated, a)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("seat.not-accredited"));
        assertThatThrownBy(() -> seating.seat(OFFICE, approved, elsewhere)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("seat.other-summit"));
    }

    @Test
    void theCapacityCannotDropBelowTheSeatsTaken() {
        long a = table(mobility, "Fair recruitment", 3);
        seating.seat(OFFICE, delegate(civilSociety, "SN"), a);
        seating.seat(OFFICE, delegate(business, "DE"), a);

        assertThatThrownBy(() -> roundtables.update(a, new RoundtableCommand(mobility, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 1,
                List.of("DE"), List.of(), List.of()))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("seat.capacity.below-seated"));
        assertThat(roundtables.update(a, new RoundtableCommand(mobility, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 2,
                List.of("DE"), List.of(), List.of())).capacity()).isEqualTo(2);
    }

    @Test
    void aRoundtableThatMirrorsTheWholeScoresOneAndAOneSidedOneLess() {
        long mixed = table(mobility, "Fair recruitment", 4);
        long oneSided = table(climate, "Relocation", 4);
        seating.seat(OFFICE, delegate(civilSociety, "SN"), mixed);
        seating.seat(OFFICE, delegate(business, "DE"), mixed);
        seating.seat(OFFICE, delegate(civilSociety, "ML"), oneSided);
        seating.seat(OFFICE, delegate(civilSociety, "GH"), oneSided);

        SeatingQuality quality = seating.quality(OFFICE, berlin);

        // Whole: Africa 3/4, Europe 1/4; civil society 3/4, business 1/4. Mixed table: 1/2 and 1/2 each,
        // distance 1/4 in both; one-sided table: Africa and civil society only, distance 1/4 in both.
        assertThat(quality.tables()).extracting(SeatingQuality.TableQuality::balance).containsExactly(0.75, 0.75);
        assertThat(quality.seated()).isEqualTo(4);
    }
}
