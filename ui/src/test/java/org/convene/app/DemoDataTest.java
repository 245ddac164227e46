package org.convene.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convene.app.demo.DemoData;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationFilter;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitOverview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo summit loads into an empty database, once, and is what the README promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {
    private TestApp app;
    private List<UserView> demoUsers;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.demo", "true"));
        demoUsers = app.context().getBean(DemoData.class).loadIfEmpty();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_uae_chairmanship_has_ecuador_before_it_and_no_next_yet() {
        List<ChairmanshipView> all = app.context().getBean(ChairmanshipManagement.class).list();
        ChairmanshipView uae = all.getLast();
        assertThat(uae.chairs()).containsExactly("AE");
        var troika = app.context().getBean(ChairmanshipManagement.class).troika(uae.id());
        assertThat(troika.previous().chairs()).containsExactly("EC");
        assertThat(troika.next()).isNull();
        assertThat(all).anyMatch(c -> c.chairs().equals(List.of("DE", "MA")));
    }

    @Test
    void the_summit_has_six_themes_rooms_and_registrations() {
        SummitManagement summits = app.context().getBean(SummitManagement.class);
        SummitOverview overview = summits.overview(summits.list().getFirst().id());
        assertThat(overview.themes()).hasSize(6).allMatch(t -> t.resourcePersonId() != null);
        assertThat(overview.rooms()).isNotEmpty();
        UserView office = app.context().getBean(UserManagement.class).findByEmail("chair.office@demo.convene").orElseThrow();
        assertThat(app.context().getBean(DelegateRegistration.class)
                .list(Actor.of(office), overview.summit().id(), RegistrationFilter.all())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(app.context().getBean(org.convene.delegations.CustomFields.class).list(overview.summit().id()))
                .extracting(org.convene.delegations.CustomFieldView::label)
                .containsExactly("Needs a visa invitation letter", "Passport number", "Arrival date");
    }

    @Test
    void the_marketplace_has_a_six_by_four_plan_a_dozen_booths_exhibitors_and_a_stage() {
        org.convene.marketplace.Marketplace marketplace = app.context().getBean(org.convene.marketplace.Marketplace.class);
        long summitId = app.context().getBean(SummitManagement.class).list().getFirst().id();
        assertThat(marketplace.plan(summitId).columns()).isEqualTo(6);
        assertThat(marketplace.plan(summitId).rows()).isEqualTo(4);
        assertThat(marketplace.booths(summitId)).hasSize(12);
        assertThat(marketplace.exhibitors(summitId, null)).hasSize(4);
        assertThat(marketplace.booths(summitId)).filteredOn(b -> b.exhibitorId() != null).hasSize(3);
        assertThat(marketplace.stage(summitId)).hasSize(6).filteredOn(s -> !s.free()).hasSize(2);
    }

    @Test
    void every_demo_account_signs_in_with_the_documented_password() {
        assertThat(demoUsers).hasSize(10);
        SignIn signIn = app.context().getBean(SignIn.class);
        for (UserView user : demoUsers) {
            assertThat(signIn.signIn(user.email(), DemoData.DEMO_PASSWORD, "demo-test-" + user.id()))
                    .isInstanceOf(SignInResult.Accepted.class);
        }
    }

    @Test
    void a_second_load_changes_nothing() {
        assertThat(app.context().getBean(DemoData.class).loadIfEmpty()).isEmpty();
    }

    @Test
    void the_demo_programme_has_six_roundtables_one_capacity_warning_and_an_agenda_for_the_attendee() {
        long summit = app.context().getBean(SummitManagement.class).list().getFirst().id();
        org.convene.programme.Programme programme = app.context().getBean(org.convene.programme.Programme.class);
        var sessions = programme.sessions(summit);
        assertThat(sessions).filteredOn(s -> s.kind() == org.convene.programme.SessionKind.ROUNDTABLE).hasSize(6)
                .extracting(s -> s.themeId()).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(sessions).extracting(s -> s.kind()).contains(org.convene.programme.SessionKind.values());
        assertThat(sessions.stream().map(s -> s.start().toLocalDate()).distinct()).hasSize(3);
        assertThat(programme.conflicts(summit)).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(org.convene.programme.ConflictKind.ROOM_TOO_SMALL));
        org.convene.programme.PersonalAgendas agendas = app.context().getBean(org.convene.programme.PersonalAgendas.class);
        long attendee = agendas.registrationOf(summit, "attendee@demo.convene").orElseThrow();
        assertThat(agendas.agenda(attendee).items()).hasSizeGreaterThan(5);
    }

    @Test
    void the_demo_has_two_consultations_with_observations_by_the_themes_resource_persons() {
        long summit = app.context().getBean(SummitManagement.class).list().getFirst().id();
        org.convene.consultations.Consultations consultations = app.context().getBean(org.convene.consultations.Consultations.class);
        assertThat(consultations.list(summit)).extracting(org.convene.consultations.ConsultationView::process)
                .containsExactly("Abu Dhabi Dialogue", "Colombo Process");
        var byTheme = consultations.observationsByTheme(summit);
        assertThat(byTheme.values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(4);
        for (var c : consultations.list(summit)) {
            assertThat(c.themes()).hasSizeBetween(2, 3);
            for (var theme : c.themes()) {
                var written = consultations.observations(c.id(), theme.id());
                if (!written.isEmpty()) {
                    assertThat(written.writtenBy()).isEqualTo(theme.resourcePersonId());
                }
            }
        }
    }

    @Test
    void the_demo_has_six_scheduled_roundtables_and_rt_1_1_has_its_rapporteur_and_paper() {
        long summit = app.context().getBean(SummitManagement.class).list().getFirst().id();
        org.convene.roundtables.Roundtables roundtables = app.context().getBean(org.convene.roundtables.Roundtables.class);
        var all = roundtables.details(summit);
        assertThat(all).hasSize(6).allSatisfy(d -> assertThat(d.slot()).isNotNull());
        var first = all.getFirst();
        assertThat(first.roundtable().number()).isEqualTo("RT 1.1");
        UserView rapporteur = app.context().getBean(UserManagement.class).findByEmail("rapporteur@demo.convene").orElseThrow();
        assertThat(first.roundtable().rapporteurUserId()).isEqualTo(rapporteur.id());
        assertThat(rapporteur.grants()).contains(new org.convene.identity.RoleGrant(org.convene.identity.Role.RAPPORTEUR,
                String.valueOf(first.roundtable().id())));
        assertThat(first.paper()).isNotNull();
        UserView attendee = app.context().getBean(UserManagement.class).findByEmail("attendee@demo.convene").orElseThrow();
        assertThat(roundtables.mayReadPaper(Actor.of(attendee), first.roundtable().id())).isTrue();
    }

    @Test
    void the_demo_open_space_has_slots_places_and_a_meeting_in_the_attendees_agenda() {
        long summit = app.context().getBean(SummitManagement.class).list().getFirst().id();
        org.convene.openspace.OpenSpace openSpace = app.context().getBean(org.convene.openspace.OpenSpace.class);
        assertThat(openSpace.setup(summit).slots()).hasSize(7);
        assertThat(openSpace.setup(summit).places()).hasSize(8);
        UserView attendee = app.context().getBean(UserManagement.class).findByEmail("attendee@demo.convene").orElseThrow();
        assertThat(openSpace.myMeetings(Actor.of(attendee), summit)).hasSize(1);
        assertThat(openSpace.myRequests(Actor.of(attendee), summit)).hasSize(3);
        org.convene.programme.PersonalAgendas agendas = app.context().getBean(org.convene.programme.PersonalAgendas.class);
        assertThat(agendas.agenda(agendas.registrationOf(summit, "attendee@demo.convene").orElseThrow()).items())
                .filteredOn(i -> i.part() == org.convene.programme.AgendaPart.MEETING).hasSize(1);
    }
}
