package org.convene.openspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.AttendeeSearch;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.RequestStatus;
import org.convene.openspace.RequestView;
import org.convene.openspace.Response;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;
import org.convene.programme.AgendaExports;
import org.convene.programme.AgendaPart;
import org.convene.programme.PersonalAgendas;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Finding people, requesting, answering, booking and cancelling, through the facade on the real database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenSpaceTest extends OpenSpaceModuleTest {
    @Inject
    PersonalAgendas agendas;
    @Inject
    AgendaExports exports;

    private RequestView request(Attendee from, LocalDateTimeSlot at, Attendee... to) {
        return openSpace.request(from.actor(), berlin, new MeetingRequestCommand(java.util.Arrays.stream(to).map(Attendee::id).toList(),
                at == null ? null : slot(at.n()), "Let us talk about fair recruitment"));
    }

    private record LocalDateTimeSlot(int n) {
    }

    private static LocalDateTimeSlot at(int n) {
        return new LocalDateTimeSlot(n);
    }

    @Test
    void only_attendees_who_chose_to_be_findable_are_found_and_never_oneself() {
        Attendee amina = attendee(civilSociety, "أمينة", "بنعلي", "Amina", "Benali", "MA", true, "remittances, diaspora bonds");
        attendee(civilSociety, "Олег", "Иванов", "Oleg", "Ivanov", "RU", false, "skills partnerships");
        Attendee li = attendee(business, "明", "李", "Ming", "Li", "CN", true, "skills partnerships");

        assertThat(openSpace.find(amina.actor(), berlin, AttendeeSearch.all())).extracting(AttendeeCard::registrationId)
                .containsExactly(li.id());
        assertThat(openSpace.find(li.actor(), berlin, new AttendeeSearch("DIASPORA", null, null))).extracting(AttendeeCard::name)
                .containsExactly("أمينة بنعلي");
        assertThat(openSpace.find(li.actor(), berlin, new AttendeeSearch(null, business, null))).isEmpty();
        assertThat(openSpace.find(amina.actor(), berlin, new AttendeeSearch(null, null, "cn"))).extracting(AttendeeCard::country)
                .containsExactly("CN");
    }

    @Test
    void when_the_invitee_accepts_the_smallest_free_place_is_booked_and_both_are_told_by_mail() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        RequestView sent = request(amina, at(1), oleg);
        assertThat(sent.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Open Space: a meeting request'")).isEqualTo(1);

        RequestView answered = openSpace.respond(oleg.actor(), sent.id(), true);

        assertThat(answered.status()).isEqualTo(RequestStatus.BOOKED);
        assertThat(answered.meeting().placeId()).isEqualTo(table1);
        assertThat(answered.meeting().start()).isEqualTo(slot(1));
        assertThat(answered.meeting().end()).isEqualTo(slot(2));
        assertThat(sql.number("SELECT COUNT(*) FROM openspace_busy WHERE slot_start = '2017-06-29 14:30:00'")).isEqualTo(2);
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Open Space: your meeting is booked'")).isEqualTo(2);
        assertThat(openSpace.myMeetings(amina.actor(), berlin)).hasSize(1);
    }

    @Test
    void a_group_of_three_gets_the_four_seat_table_once_all_have_accepted() {
        Attendee a = attendee("Ana", "Pérez", true, null);
        Attendee b = attendee("Bruno", "Costa", true, null);
        Attendee c = attendee("Chen", "Wei", true, null);
        RequestView sent = request(a, at(0), b, c);

        assertThat(openSpace.respond(b.actor(), sent.id(), true).status()).isEqualTo(RequestStatus.OPEN);
        RequestView booked = openSpace.respond(c.actor(), sent.id(), true);

        assertThat(booked.status()).isEqualTo(RequestStatus.BOOKED);
        assertThat(booked.meeting().placeId()).isEqualTo(table2);
        assertThat(booked.invitees()).extracting(RequestView.Invitee::response).containsOnly(Response.ACCEPTED);
    }

    @Test
    void every_answer_is_what_a_fresh_read_of_the_request_shows() {
        // The writes build their answers from what they read rather than reading the request back.
        Attendee a = attendee("Ana", "Pérez", true, null);
        Attendee b = attendee("Bruno", "Costa", true, null);
        Attendee c = attendee("Chen", "Wei", true, null);
        RequestView sent = request(a, at(3), b, c);
        assertThat(sent).isEqualTo(fresh(a, sent.id()));
        RequestView half = openSpace.respond(c.actor(), sent.id(), true);
        assertThat(half).isEqualTo(fresh(a, sent.id()));
        RequestView booked = openSpace.respond(b.actor(), sent.id(), true);
        assertThat(booked.meeting()).isNotNull();
        assertThat(booked).isEqualTo(fresh(b, sent.id()));
        RequestView calledOff = openSpace.cancel(c.actor(), sent.id());
        assertThat(calledOff.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(calledOff).isEqualTo(fresh(c, sent.id()));

        RequestView declined = openSpace.respond(b.actor(), request(a, at(0), b).id(), false);
        assertThat(declined).isEqualTo(fresh(a, declined.id()));
        RequestView anySlot = openSpace.respond(c.actor(), request(b, null, c).id(), true);
        assertThat(anySlot.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(anySlot).isEqualTo(fresh(b, anySlot.id()));
    }

    private RequestView fresh(Attendee who, long requestId) {
        return openSpace.myRequests(who.actor(), berlin).stream().filter(r -> r.id() == requestId).findFirst().orElseThrow();
    }

    @Test
    void someone_already_in_a_meeting_at_the_slot_cannot_be_booked_again_and_nothing_is_saved() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        Attendee li = attendee("Ming", "Li", true, null);
        openSpace.respond(oleg.actor(), request(amina, at(2), oleg).id(), true);
        RequestView second = request(li, at(2), amina);

        Problem.conflict(() -> openSpace.respond(amina.actor(), second.id(), true), "slot", Booking.BUSY);

        RequestView after = openSpace.myRequests(li.actor(), berlin).getFirst();
        assertThat(after.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(after.invitees()).extracting(RequestView.Invitee::response).containsExactly(Response.PENDING);
        assertThat(sql.count("openspace_meeting")).isEqualTo(1);
    }

    @Test
    void when_every_place_is_taken_at_the_slot_the_booking_is_refused_and_a_cancellation_frees_a_place() {
        List<Attendee> people = List.of(attendee("A", "One", true, null), attendee("B", "Two", true, null), attendee("C", "Three", true, null),
                attendee("D", "Four", true, null), attendee("E", "Five", true, null), attendee("F", "Six", true, null),
                attendee("G", "Seven", true, null), attendee("H", "Eight", true, null));
        RequestView first = null;
        for (int i = 0; i < 6; i += 2) {
            RequestView r = request(people.get(i), at(3), people.get(i + 1));
            openSpace.respond(people.get(i + 1).actor(), r.id(), true);
            first = first == null ? r : first;
        }
        RequestView fourth = request(people.get(6), at(3), people.get(7));
        Problem.conflict(() -> openSpace.respond(people.get(7).actor(), fourth.id(), true), "slot", Booking.NO_PLACE);

        RequestView cancelled = openSpace.cancel(people.get(1).actor(), first.id());
        assertThat(cancelled.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(sql.number("SELECT COUNT(*) FROM openspace_busy WHERE person_id IN (" + people.get(0).id() + "," + people.get(1).id() + ")"))
                .isZero();
        assertThat(sql.number("SELECT COUNT(*) FROM mail_outbox WHERE subject = 'Open Space: a meeting is called off'")).isEqualTo(1);
        assertThat(openSpace.respond(people.get(7).actor(), fourth.id(), true).meeting().placeId()).isEqualTo(table1);
    }

    @Test
    void bad_requests_are_refused_with_the_field_at_fault() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee hidden = attendee("Hidden", "Person", false, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);

        Problem.invalid(() -> openSpace.request(amina.actor(), berlin,
                new MeetingRequestCommand(List.of(oleg.id()), slot(0).plusMinutes(10), null)), "slot", "openspace.slot.outside");
        Problem.invalid(() -> openSpace.request(amina.actor(), berlin,
                new MeetingRequestCommand(List.of(oleg.id()), slot(4), null)), "slot", "openspace.slot.outside");
        Problem.invalid(() -> request(amina, at(0), hidden), "invitees", "openspace.invitees.unknown");
        Problem.invalid(() -> request(amina, at(0), amina), "invitees", "openspace.invitees.none");
        Problem.invalid(() -> openSpace.request(amina.actor(), berlin, new MeetingRequestCommand(List.of(oleg.id()), slot(0),
                "x".repeat(OpenSpaceLimits.MESSAGE_MAX + 1))), "message", "validation.too-long");
        List<Attendee> crowd = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            crowd.add(attendee("Guest", "N" + i, true, null));
        }
        Problem.invalid(() -> request(amina, at(0), crowd.toArray(Attendee[]::new)), "invitees", "openspace.invitees.too-many");
        assertThat(sql.count("openspace_request")).isZero();
    }

    @Test
    void nobody_may_keep_more_than_the_cap_of_requests_waiting() {
        Attendee spammer = attendee("Spam", "Mer", true, null);
        Attendee target = attendee("Tar", "Get", true, null);
        for (int i = 0; i < OpenSpaceLimits.OPEN_REQUESTS_MAX; i++) {
            request(spammer, at(i % 4), target);
        }
        Problem.conflict(() -> request(spammer, at(0), target), "requests", "openspace.requests.cap");
        assertThat(sql.count("openspace_request")).isEqualTo(OpenSpaceLimits.OPEN_REQUESTS_MAX);
    }

    @Test
    void attendees_see_only_their_own_requests_and_cannot_answer_others() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        Attendee li = attendee("Ming", "Li", true, null);
        RequestView sent = request(amina, at(0), oleg);

        assertThat(openSpace.myRequests(li.actor(), berlin)).isEmpty();
        assertThat(openSpace.myRequests(oleg.actor(), berlin)).extracting(RequestView::id).containsExactly(sent.id());
        assertThatThrownBy(() -> openSpace.respond(li.actor(), sent.id(), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> openSpace.respond(amina.actor(), sent.id(), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> openSpace.cancel(li.actor(), sent.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> openSpace.meetings(amina.actor(), berlin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> openSpace.configure(amina.actor(), berlin, 20, List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_decline_closes_the_request_and_tells_the_requester() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        RequestView declined = openSpace.respond(oleg.actor(), request(amina, at(0), oleg).id(), false);
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.meeting()).isNull();
        Problem.conflict(() -> openSpace.respond(oleg.actor(), declined.id(), true), "status", "openspace.request.closed");
    }

    @Test
    void a_booked_meeting_is_in_both_agendas_and_the_calendar_until_cancelled() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        RequestView booked = openSpace.respond(oleg.actor(), request(amina, at(1), oleg).id(), true);

        assertThat(agendas.agenda(amina.id()).items()).filteredOn(i -> i.part() == AgendaPart.MEETING)
                .extracting(i -> i.session().title(), i -> i.session().roomName(), i -> i.session().start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oleg Ivanov", "Table 1", slot(1)));
        assertThat(agendas.agenda(oleg.id()).items()).filteredOn(i -> i.part() == AgendaPart.MEETING).hasSize(1);
        String uid = "openspace-meeting-" + booked.meeting().id() + "@convene";
        assertThat(exports.personalCalendar(amina.id(), java.util.Locale.ENGLISH)).contains(uid);

        openSpace.cancel(amina.actor(), booked.id());
        assertThat(exports.personalCalendar(oleg.id(), java.util.Locale.ENGLISH)).doesNotContain(uid);
    }

    @Test
    void changing_the_slots_under_booked_meetings_is_refused() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        openSpace.respond(oleg.actor(), request(amina, at(1), oleg).id(), true);
        Problem.conflict(() -> openSpace.configure(OFFICE, berlin, 20, List.of(openSpaceSession)), "slotMinutes", "openspace.meetings.stranded");
        Problem.conflict(() -> openSpace.removePlace(OFFICE, table1), "placeId", "openspace.place.used");
        assertThat(openSpace.configure(OFFICE, berlin, 30, List.of(openSpaceSession)).slots()).hasSize(4);
    }

    @Test
    void requests_for_any_slot_wait_once_accepted_and_the_scheduler_places_them_around_existing_meetings() {
        Attendee amina = attendee("Amina", "Benali", true, null);
        Attendee oleg = attendee("Oleg", "Ivanov", true, null);
        Attendee li = attendee("Ming", "Li", true, null);
        openSpace.respond(oleg.actor(), request(amina, at(0), oleg).id(), true);
        RequestView any1 = request(amina, null, oleg);
        RequestView any2 = request(li, null, amina, oleg);
        RequestView unanswered = request(li, null, oleg);
        assertThat(openSpace.respond(oleg.actor(), any1.id(), true).status()).isEqualTo(RequestStatus.ACCEPTED);
        openSpace.respond(amina.actor(), any2.id(), true);
        openSpace.respond(oleg.actor(), any2.id(), true);
        assertThatThrownBy(() -> openSpace.schedule(amina.actor(), berlin)).isInstanceOf(AccessDeniedException.class);

        var result = openSpace.schedule(OFFICE, berlin);

        assertThat(result.requests()).isEqualTo(2);
        assertThat(result.placed()).isEqualTo(2);
        assertThat(result.upperBound()).isEqualTo(2);
        assertThat(openSpace.myMeetings(amina.actor(), berlin)).extracting(m -> m.start()).containsExactly(slot(0), slot(1), slot(2));
        assertThat(openSpace.myRequests(li.actor(), berlin)).filteredOn(r -> r.id() == unanswered.id())
                .extracting(RequestView::status).containsExactly(RequestStatus.OPEN);
        assertThat(openSpace.schedule(OFFICE, berlin).requests()).isZero();
    }
}
