package org.convene.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.programme.Audience;
import org.convene.programme.Conflict;
import org.convene.programme.ConflictKind;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The programme's rules on the real database: rooms, people, dates and capacity. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionConflictsTest extends ProgrammeModuleTest {

    @Test
    void a_session_is_stored_with_its_names_in_any_script() {
        SessionView saved = programme.create(berlin, new SessionCommand(SessionKind.ROUNDTABLE, "  RT 1.1 Заработная плата  ", theme,
                smallRoom, at("28T09:00"), at("28T10:30"), List.of(amina), List.of(oleg, li), Audience.GROUP, business, List.of(), 30));

        SessionView read = programme.session(saved.id());
        assertThat(read.title()).isEqualTo("RT 1.1 Заработная плата");
        assertThat(read.themeTitle()).isEqualTo("Labour mobility");
        assertThat(read.roomName()).isEqualTo("Europasaal");
        assertThat(read.chairs()).extracting(p -> p.name()).containsExactly("أمينة بنعلي");
        assertThat(read.speakers()).extracting(p -> p.name()).containsExactly("Олег Иванов", "明 李");
        assertThat(read.audienceGroup().id()).isEqualTo(business);
        assertThat(read.uid()).endsWith("@convene");
        assertThat(sql.count("programme_session_person")).isEqualTo(3);
    }

    @Test
    void a_partial_overlap_in_one_room_is_refused_and_nothing_is_saved() {
        programme.create(berlin, session("Opening", plenaryHall, "28T09:00", "28T10:30", List.of(), List.of()));

        assertThatThrownBy(() -> programme.create(berlin, session("Keynote", plenaryHall, "28T10:00", "28T11:00", List.of(amina), List.of())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.problem().field()).isEqualTo("roomId");
                    assertThat(e.problem().code()).isEqualTo("programme.room.double-booked");
                });
        assertThat(sql.count("programme_session")).isEqualTo(1);
        assertThat(sql.count("programme_session_person")).isZero();
    }

    @Test
    void a_session_inside_another_in_the_same_room_is_refused() {
        programme.create(berlin, session("Day-long marketplace", plenaryHall, "28T09:00", "28T18:00", List.of(), List.of()));

        assertThatThrownBy(() -> programme.create(berlin, session("Lunch talk", plenaryHall, "28T12:00", "28T12:30", List.of(), List.of())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void back_to_back_sessions_in_one_room_are_fine() {
        programme.create(berlin, session("Opening", plenaryHall, "28T09:00", "28T10:30", List.of(amina), List.of()));

        programme.create(berlin, session("Plenary", plenaryHall, "28T10:30", "28T12:00", List.of(amina), List.of()));

        assertThat(programme.sessions(berlin)).hasSize(2);
        assertThat(programme.conflicts(berlin)).isEmpty();
    }

    @Test
    void the_same_time_in_another_room_is_fine() {
        programme.create(berlin, session("RT 1.1", plenaryHall, "28T09:00", "28T10:30", List.of(), List.of()));
        programme.create(berlin, session("RT 1.2", smallRoom, "28T09:00", "28T10:30", List.of(), List.of()));

        assertThat(programme.sessions(berlin)).extracting(SessionView::title).containsExactly("RT 1.1", "RT 1.2");
    }

    @Test
    void a_chair_in_two_overlapping_sessions_is_refused_on_the_chairs_field() {
        programme.create(berlin, session("RT 1.1", plenaryHall, "28T09:00", "28T10:30", List.of(), List.of(amina)));

        assertThatThrownBy(() -> programme.create(berlin, session("RT 1.2", smallRoom, "28T10:15", "28T11:00", List.of(amina), List.of())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.problem().field()).isEqualTo("chairs");
                    assertThat(e.problem().code()).isEqualTo("programme.person.double-booked");
                });
    }

    @Test
    void an_update_does_not_conflict_with_itself_and_moving_onto_another_session_is_refused() {
        SessionView first = programme.create(berlin, session("RT 1.1", plenaryHall, "28T09:00", "28T10:30", List.of(), List.of()));
        SessionView second = programme.create(berlin, session("RT 1.2", plenaryHall, "28T11:00", "28T12:00", List.of(), List.of()));

        SessionView longer = programme.update(first.id(), session("RT 1.1", plenaryHall, "28T08:30", "28T11:00", List.of(), List.of()));
        assertThat(longer.uid()).isEqualTo(first.uid());
        assertThat(longer.sequence()).isEqualTo(1);

        assertThatThrownBy(() -> programme.update(second.id(), session("RT 1.2", plenaryHall, "28T10:00", "28T12:00", List.of(), List.of())))
                .isInstanceOf(ConflictException.class);
        assertThat(programme.session(second.id()).start()).isEqualTo(at("28T11:00"));
    }

    @Test
    void a_session_outside_the_summit_days_is_refused() {
        assertThatThrownBy(() -> programme.create(berlin, session("Too early", plenaryHall, "27T09:00", "27T10:00", List.of(), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("start", "programme.outside-summit")));
        assertThatThrownBy(() -> programme.create(berlin, session("Into July", plenaryHall, "30T23:00", "30T23:59", List.of(), List.of())
                .withEnd(at("30T23:00").plusHours(2)))).isInstanceOf(InvalidInputException.class);
        // Until midnight of the last day is still within.
        programme.create(berlin, session("Late", plenaryHall, "30T22:00", "30T23:00", List.of(), List.of()).withEnd(at("30T22:00").plusHours(2)));
    }

    @Test
    void bad_fields_are_all_named_at_once() {
        SessionCommand bad = new SessionCommand(null, " ", 999_999L, null, at("28T10:00"), at("28T09:00"), List.of(999_999L),
                List.of(oleg, oleg), Audience.GROUP, null, List.of(), -1);

        assertThatThrownBy(() -> programme.create(berlin, bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                        "kind", "title", "roomId", "themeId", "end", "audienceGroupId", "chairs", "speakers", "expectedAudience"));
    }

    @Test
    void a_room_too_small_is_a_warning_that_saving_accepts_and_the_report_lists() {
        SessionCommand crowded = session("Side event", smallRoom, "29T13:00", "29T14:00", List.of(), List.of()).withExpected(120);

        List<Conflict> warned = programme.check(berlin, null, crowded);
        assertThat(warned).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.ROOM_TOO_SMALL);
            assertThat(c.hard()).isFalse();
            assertThat(c.capacity()).isEqualTo(40);
            assertThat(c.expectedAudience()).isEqualTo(120);
        });
        programme.create(berlin, crowded);
        assertThat(programme.conflicts(berlin)).extracting(Conflict::kind).containsExactly(ConflictKind.ROOM_TOO_SMALL);
    }

    @Test
    void the_check_warns_of_what_saving_would_refuse() {
        SessionView stored = programme.create(berlin, session("RT 1.1", plenaryHall, "28T09:00", "28T10:30", List.of(amina), List.of()));

        List<Conflict> found = programme.check(berlin, null, session("RT 1.2", plenaryHall, "28T10:00", "28T11:00", List.of(), List.of(amina)));

        assertThat(found).extracting(Conflict::kind, Conflict::otherSessionId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_DOUBLE_BOOKED, stored.id()),
                org.assertj.core.groups.Tuple.tuple(ConflictKind.PERSON_DOUBLE_BOOKED, stored.id()));
        assertThat(found).allMatch(Conflict::hard);
        assertThat(programme.check(berlin, stored.id(), session("RT 1.1", plenaryHall, "28T09:30", "28T10:30", List.of(amina), List.of())))
                .isEmpty();
    }

    @Test
    void the_report_finds_sessions_that_fell_outside_the_summit_when_its_dates_moved() {
        programme.create(berlin, session("Closing", plenaryHall, "30T16:00", "30T17:00", List.of(), List.of()));
        var summit = summits.find(berlin).orElseThrow();
        summits.update(berlin, new org.convene.summit.SummitCommand(summit.chairmanshipId(), summit.title(), summit.edition(),
                summit.city(), summit.venue(), summit.startDate(), summit.endDate().minusDays(1), null));

        assertThat(programme.conflicts(berlin)).extracting(Conflict::kind, Conflict::sessionTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ConflictKind.OUTSIDE_SUMMIT_DATES, "Closing"));
    }

    @Test
    void people_and_rooms_of_another_summit_are_refused() {
        long otherChairmanship = chairmanships.create(new org.convene.summit.ChairmanshipCommand(List.of("EC"),
                java.time.LocalDate.parse("2019-01-01"), java.time.LocalDate.parse("2019-12-31"))).id();
        long quito = summits.create(new org.convene.summit.SummitCommand(otherChairmanship, "12th GFMD Summit", 12, "Quito", "CCQ",
                java.time.LocalDate.parse("2019-11-18"), java.time.LocalDate.parse("2019-11-22"), null)).id();

        assertThatThrownBy(() -> programme.create(quito, new SessionCommand(SessionKind.PLENARY, "Opening", null, plenaryHall,
                java.time.LocalDateTime.parse("2019-11-18T09:00"), java.time.LocalDateTime.parse("2019-11-18T10:00"),
                List.of(amina), List.of(), Audience.OPEN, null, List.of(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("roomId", "chairs"));
    }

    @Test
    void deleting_a_session_frees_its_room_and_removes_its_people() {
        SessionView first = programme.create(berlin, session("RT 1.1", plenaryHall, "28T09:00", "28T10:30", List.of(amina), List.of()));
        programme.delete(first.id());

        programme.create(berlin, session("RT 1.2", plenaryHall, "28T09:00", "28T10:30", List.of(amina), List.of()));
        assertThat(sql.count("programme_session_person")).isEqualTo(1);
    }

    @Test
    void the_report_finds_a_speaker_who_withdrew_and_a_room_that_was_deleted_after_saving() {
        programme.create(berlin, session("RT 2.1", smallRoom, "29T09:00", "29T10:00", List.of(), List.of(oleg)));
        registrations.withdraw(OFFICE, oleg);
        setup.deleteRoom(smallRoom);

        assertThat(programme.conflicts(berlin)).extracting(Conflict::kind, Conflict::personName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_UNKNOWN, null),
                org.assertj.core.groups.Tuple.tuple(ConflictKind.PERSON_NOT_REGISTERED, "Олег Иванов"));
    }
}
