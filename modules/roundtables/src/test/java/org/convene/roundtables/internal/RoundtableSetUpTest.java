package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserChange;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableSetup;
import org.convene.roundtables.RoundtableSlot;
import org.convene.roundtables.RoundtableView;
import org.convene.summit.RoomCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The rapporteur and its scoped role, and the roundtable's programme session under the programme's rules. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundtableSetUpTest extends RoundtableModuleTest {
    static final LocalDateTime NINE = LocalDateTime.parse("2017-06-29T09:00");
    static final LocalDateTime ELEVEN = LocalDateTime.parse("2017-06-29T11:00");
    @Inject
    UserManagement users;
    @Inject
    Programme programme;
    UserView rahul;
    UserView nadia;
    long hall;
    long booth;

    @BeforeEach
    void roomsAndPeople() {
        sql.update("DELETE FROM programme_session_person");
        sql.update("DELETE FROM programme_session");
        sql.update("DELETE FROM identity_user WHERE email LIKE '%@setup.test'");
        rahul = users.create(new NewUser("rahul@setup.test", "Rahul Menon", "rapporteur-secret", "en", List.of(RoleGrant.of(Role.ATTENDEE))));
        nadia = users.create(new NewUser("nadia@setup.test", "نادية بنعلي", "rapporteur-secret", "en", List.of()));
        hall = setup.addRoom(berlin, new RoomCommand("Hall A", 60, null)).id();
        booth = setup.addRoom(berlin, new RoomCommand("Booth", 12, null)).id();
    }

    @Test
    void appointingARapporteurGrantsTheScopedRoleAndTakesItFromThePreviousOne() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        RoleGrant grant = new RoleGrant(Role.RAPPORTEUR, String.valueOf(rt.id()));

        assertThat(roundtables.appointRapporteur(rt.id(), rahul.id()).rapporteurUserId()).isEqualTo(rahul.id());
        assertThat(grants(rahul)).contains(grant, RoleGrant.of(Role.ATTENDEE));

        roundtables.appointRapporteur(rt.id(), nadia.id());
        assertThat(grants(rahul)).containsExactly(RoleGrant.of(Role.ATTENDEE));
        assertThat(grants(nadia)).containsExactly(grant);
        assertThat(roundtables.roundtable(rt.id()).rapporteurUserId()).isEqualTo(nadia.id());

        assertThat(roundtables.appointRapporteur(rt.id(), null).rapporteurUserId()).isNull();
        assertThat(grants(nadia)).isEmpty();
    }

    @Test
    void anUnknownOrDeactivatedAccountIsRefusedAndTheRapporteurStays() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        roundtables.appointRapporteur(rt.id(), rahul.id());
        users.update(nadia.id(), new UserChange(nadia.displayName(), null, null, false, List.of()));

        assertThatThrownBy(() -> roundtables.appointRapporteur(rt.id(), 424242L)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("roundtable.rapporteur.unknown"));
        assertThatThrownBy(() -> roundtables.appointRapporteur(rt.id(), nadia.id())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("rapporteurUserId"));
        assertThat(roundtables.roundtable(rt.id()).rapporteurUserId()).isEqualTo(rahul.id());
        assertThat(grants(rahul)).contains(new RoleGrant(Role.RAPPORTEUR, String.valueOf(rt.id())));
    }

    @Test
    void deletingTheRoundtableTakesTheRoleAndTheSessionAway() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        roundtables.appointRapporteur(rt.id(), rahul.id());
        roundtables.schedule(rt.id(), hall, NINE, ELEVEN);

        roundtables.delete(rt.id());

        assertThat(grants(rahul)).containsExactly(RoleGrant.of(Role.ATTENDEE));
        assertThat(programme.sessions(berlin)).isEmpty();
    }

    @Test
    void schedulingMakesAnInvitationOnlyRoundtableSessionInTheRoomAtThatTime() {
        RoundtableView rt = roundtables.create(berlin, command(climate, "Planned relocation", List.of("FJ")));

        RoundtableView scheduled = roundtables.schedule(rt.id(), hall, NINE, ELEVEN);

        SessionView session = programme.session(scheduled.sessionId());
        assertThat(session.kind()).isEqualTo(SessionKind.ROUNDTABLE);
        assertThat(session.title()).isEqualTo("RT 2.1 – Planned relocation");
        assertThat(session.themeId()).isEqualTo(climate);
        assertThat(session.roomId()).isEqualTo(hall);
        assertThat(session.start()).isEqualTo(NINE);
        assertThat(session.end()).isEqualTo(ELEVEN);
        assertThat(session.audience()).isEqualTo(Audience.INVITATION);
        assertThat(session.expectedAudience()).isEqualTo(40);
        assertThat(roundtables.slot(rt.id())).hasValueSatisfying(slot -> assertThat(slot)
                .extracting(RoundtableSlot::roomName, RoundtableSlot::roomCapacity, RoundtableSlot::start)
                .containsExactly("Hall A", 60, NINE));

        RoundtableView moved = roundtables.schedule(rt.id(), hall, ELEVEN, ELEVEN.plusHours(1));
        assertThat(moved.sessionId()).isEqualTo(scheduled.sessionId());
        assertThat(programme.sessions(berlin)).singleElement().satisfies(s -> assertThat(s.start()).isEqualTo(ELEVEN));
    }

    @Test
    void aSecondRoundtableInATakenRoomIsRefusedAndNothingIsSaved() {
        RoundtableView first = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        RoundtableView second = roundtables.create(berlin, command(climate, "Planned relocation", List.of("FJ")));
        roundtables.schedule(first.id(), hall, NINE, ELEVEN);

        assertThatThrownBy(() -> roundtables.schedule(second.id(), hall, NINE.plusHours(1), ELEVEN.plusHours(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.problem().field()).isEqualTo("roomId");
                    assertThat(e.problem().message()).contains("RT 1.1 – Fair recruitment");
                });
        assertThat(roundtables.roundtable(second.id()).sessionId()).isNull();
        assertThat(programme.sessions(berlin)).hasSize(1);
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_roundtable WHERE session_id IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void aFormSaveThatMeetsATakenRoomCreatesNoRoundtable() {
        RoundtableView first = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        roundtables.schedule(first.id(), hall, NINE, ELEVEN);

        assertThatThrownBy(() -> roundtables.save(berlin, null, new RoundtableSetup(command(climate, "Planned relocation", List.of("FJ")),
                hall, NINE, ELEVEN, rahul.id()))).isInstanceOf(ConflictException.class);

        assertThat(roundtables.list(berlin)).extracting(RoundtableView::title).containsExactly("Fair recruitment");
        assertThat(grants(rahul)).containsExactly(RoleGrant.of(Role.ATTENDEE));
    }

    @Test
    void aFormSaveSetsEverythingAtOnceAndEmptyTimesUnschedule() {
        RoundtableView saved = roundtables.save(berlin, null, new RoundtableSetup(command(climate, "Planned relocation", List.of("FJ")),
                hall, NINE, ELEVEN, rahul.id()));
        assertThat(saved.sessionId()).isNotNull();
        assertThat(saved.rapporteurUserId()).isEqualTo(rahul.id());

        RoundtableView edited = roundtables.save(berlin, saved.id(), new RoundtableSetup(command(climate, "Relocation", List.of("FJ")),
                null, null, null, null));
        assertThat(edited.sessionId()).isNull();
        assertThat(edited.rapporteurUserId()).isNull();
        assertThat(programme.sessions(berlin)).isEmpty();
        assertThat(grants(rahul)).containsExactly(RoleGrant.of(Role.ATTENDEE));
    }

    @Test
    void timesOutsideTheSummitAreRefusedWithTheProgrammesProblem() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));

        assertThatThrownBy(() -> roundtables.schedule(rt.id(), hall, NINE.plusDays(5), ELEVEN.plusDays(5)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("start"));
        assertThatThrownBy(() -> roundtables.schedule(rt.id(), null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("roomId", "start", "end"));
        assertThat(programme.sessions(berlin)).isEmpty();
    }

    @Test
    void aRoomWithFewerSeatsThanTheRoundtableIsRefusedAndSoIsAGrownCapacity() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        assertThatThrownBy(() -> roundtables.schedule(rt.id(), booth, NINE, ELEVEN)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("roundtable.room.too-small"));
        assertThat(programme.sessions(berlin)).isEmpty();

        roundtables.schedule(rt.id(), hall, NINE, ELEVEN);
        RoundtableCommand bigger = new RoundtableCommand(mobility, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 61,
                List.of("PH"), List.of(), List.of());
        assertThatThrownBy(() -> roundtables.update(rt.id(), bigger)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("capacity"));
        assertThat(roundtables.roundtable(rt.id()).capacity()).isEqualTo(40);
    }

    @Test
    void theSessionFollowsTheRoundtablesNumberTitleAndSeatsAndUnscheduleRemovesIt() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        roundtables.schedule(rt.id(), hall, NINE, ELEVEN);

        RoundtableView moved = roundtables.update(rt.id(), new RoundtableCommand(climate, "Recruitment and climate",
                RoundtableFormat.WORLD_CAFE, 55, List.of("PH"), List.of(), List.of()));

        SessionView session = programme.session(moved.sessionId());
        assertThat(session.title()).isEqualTo("RT 2.1 – Recruitment and climate");
        assertThat(session.themeId()).isEqualTo(climate);
        assertThat(session.expectedAudience()).isEqualTo(55);
        assertThat(session.start()).isEqualTo(NINE);

        assertThat(roundtables.unschedule(rt.id()).sessionId()).isNull();
        assertThat(programme.sessions(berlin)).isEmpty();
        assertThat(roundtables.slot(rt.id())).isEmpty();
    }

    @Test
    void aSessionDeletedInTheProgrammeLeavesTheRoundtableUnscheduled() {
        RoundtableView rt = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("PH")));
        long session = roundtables.schedule(rt.id(), hall, NINE, ELEVEN).sessionId();
        programme.delete(session);

        assertThat(roundtables.slot(rt.id())).isEmpty();
        assertThat(roundtables.update(rt.id(), command(mobility, "Fair recruitment, renamed", List.of("PH"))).sessionId()).isNull();
        assertThat(roundtables.schedule(rt.id(), hall, NINE, ELEVEN).sessionId()).isNotNull();
    }

    @Test
    void firstRoundtablesOfAThemeCreatedAtOnceTakeDifferentNumbers() throws Exception {
        int officers = 4;
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(officers);
        List<java.util.concurrent.Future<RoundtableView>> made = new java.util.ArrayList<>();
        for (int i = 0; i < officers; i++) {
            String title = "Parallel " + i;
            made.add(pool.submit(() -> {
                go.await();
                return roundtables.create(berlin, command(climate, title, List.of("FJ")));
            }));
        }
        go.countDown();
        List<String> numbers = new java.util.ArrayList<>();
        for (var f : made) {
            numbers.add(f.get(30, java.util.concurrent.TimeUnit.SECONDS).number());
        }
        pool.shutdown();
        assertThat(numbers).containsExactlyInAnyOrder("RT 2.1", "RT 2.2", "RT 2.3", "RT 2.4");
    }

    private List<RoleGrant> grants(UserView user) {
        return users.find(user.id()).orElseThrow().grants();
    }
}
