package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participation;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.SummitFigures.GroupFigures;
import org.convene.delegations.SummitFigures.HourlyCount;
import org.convene.delegations.SummitFigures;
import org.convene.platform.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The dashboard's figures for a seeded summit, each checked against the database itself. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipationTest extends DelegationsModuleTest {
    @Inject
    Participation participation;

    private long person(long group, String email, String nationality, Gender gender) {
        return registration.nominate(Actors.CHAIR_OFFICE, group, new Person("Given", "Family", null, null, "Org", null, nationality,
                nationality, gender, email, DelegateRole.DELEGATE, null, null)).id();
    }

    @Test
    void every_figure_matches_a_count_in_the_database() {
        long civil = group(GroupKind.CIVIL_SOCIETY, 4);
        long germany = delegation("DE", 3, Map.of());
        long[] c = {person(civil, "c1@x.org", "SN", Gender.FEMALE), person(civil, "c2@x.org", "MX", Gender.MALE),
                person(civil, "c3@x.org", "PH", null), person(civil, "c4@x.org", "FJ", Gender.OTHER), person(civil, "c5@x.org", "KE", Gender.FEMALE)};
        long[] d = {person(germany, "d1@x.org", "DE", Gender.FEMALE), person(germany, "d2@x.org", "DE", Gender.MALE)};
        registration.approve(Actors.CHAIR_OFFICE, c[0]);
        registration.approve(Actors.CHAIR_OFFICE, c[1]);
        registration.reject(Actors.CHAIR_OFFICE, c[2], "not a delegate");
        registration.approve(Actors.CHAIR_OFFICE, d[0]);
        registration.approve(Actors.CHAIR_OFFICE, d[1]);
        for (long id : new long[] {c[0], c[1], d[0], d[1]}) {
            registration.markBadgeIssued(Actors.CHAIR_OFFICE, id);
        }
        clock.set(Instant.parse("2017-06-28T08:10:00Z"));
        registration.checkIn(Actors.CHECK_IN_DESK, c[0]);
        clock.advance(Duration.ofMinutes(30));
        registration.checkIn(Actors.CHECK_IN_DESK, d[0]);
        clock.advance(Duration.ofMinutes(45));
        registration.checkIn(Actors.CHECK_IN_DESK, d[1]);
        // The rejection freed a place for c5, the first in line; withdrawing c4 frees one nobody waits for.
        registration.withdraw(Actors.CHAIR_OFFICE, c[3]);

        SummitFigures figures = participation.figures(Actors.CHAIR_OFFICE, berlin);

        for (RegistrationStatus status : RegistrationStatus.values()) {
            assertThat(figures.byStatus().get(status)).as(status.name()).isEqualTo(
                    tables.number("SELECT COUNT(*) FROM delegation_registration WHERE summit_id = " + berlin + " AND status = '" + status + "'"));
        }
        assertThat(figures.approvalsPending()).isEqualTo(figures.byStatus().get(RegistrationStatus.NOMINATED)).isEqualTo(1);
        assertThat(figures.waiting()).isEqualTo(tables.number("SELECT COUNT(*) FROM delegation_registration WHERE waitlist_position IS NOT NULL"));
        assertThat(figures.badgesIssued()).isEqualTo(tables.number(
                "SELECT COUNT(*) FROM delegation_registration WHERE status IN ('BADGE_ISSUED', 'CHECKED_IN')")).isEqualTo(4);
        assertThat(figures.checkedIn()).isEqualTo(3);
        assertThat(figures.participants()).isEqualTo(tables.number(
                "SELECT COUNT(*) FROM delegation_registration WHERE status IN ('APPROVED', 'BADGE_ISSUED', 'CHECKED_IN')"));
        assertThat(figures.checkInsPerHour()).containsExactly(new HourlyCount(Instant.parse("2017-06-28T08:00:00Z"), 2),
                new HourlyCount(Instant.parse("2017-06-28T09:00:00Z"), 1));
        // Participants: SN (Africa), MX (Americas), DE twice (Europe); the rejected, withdrawn and waiting do not count.
        assertThat(figures.byRegion()).containsExactlyInAnyOrderEntriesOf(Map.of("002", 1L, "019", 1L, "150", 2L));
        assertThat(figures.byGender()).containsExactlyInAnyOrderEntriesOf(Map.of("FEMALE", 2L, "MALE", 2L));
        assertThat(figures.groups()).extracting(GroupFigures::groupId, GroupFigures::places, GroupFigures::taken, GroupFigures::waiting)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(civil, 4, 3, 0), org.assertj.core.groups.Tuple.tuple(germany, 3, 2, 0));
        // Each figure's list, as the dashboard links to it, holds exactly the people it counts.
        figures.byRegion().forEach((region, n) -> assertThat(registration.list(Actors.CHAIR_OFFICE, berlin,
                new org.convene.delegations.RegistrationFilter(null, null, null, null, region, null, true))).as(region).hasSize(n.intValue()));
        figures.byGender().forEach((gender, n) -> assertThat(registration.list(Actors.CHAIR_OFFICE, berlin,
                new org.convene.delegations.RegistrationFilter(null, null, null, null, null, gender, true))).as(gender).hasSize(n.intValue()));
        assertThat(registration.list(Actors.CHAIR_OFFICE, berlin, new org.convene.delegations.RegistrationFilter(null, null, null, null, null, null, true)))
                .hasSize((int) figures.participants());
        for (GroupFigures g : figures.groups()) {
            assertThat(g.byStatus().values().stream().mapToLong(Long::longValue).sum())
                    .isEqualTo(tables.number("SELECT COUNT(*) FROM delegation_registration WHERE group_id = " + g.groupId()));
        }
    }

    @Test
    void a_summit_without_registrations_has_zeros_not_gaps() {
        group(GroupKind.MAYORS, 10);
        SummitFigures figures = participation.figures(Actors.CHAIR_OFFICE, berlin);
        assertThat(figures.byStatus()).hasSize(RegistrationStatus.values().length).allSatisfy((s, n) -> assertThat(n).isZero());
        assertThat(figures.groups()).singleElement().satisfies(g -> assertThat(g.taken()).isZero());
        assertThat(figures.checkInsPerHour()).isEmpty();
        assertThat(figures.byRegion()).isEmpty();
    }

    @Test
    void only_the_chair_office_sees_the_figures() {
        for (var actor : List.of(Actors.CIVIL_SOCIETY_LEAD, Actors.GERMAN_FOCAL_POINT, Actors.CHECK_IN_DESK, Actors.ATTENDEE)) {
            assertThatThrownBy(() -> participation.figures(actor, berlin)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
