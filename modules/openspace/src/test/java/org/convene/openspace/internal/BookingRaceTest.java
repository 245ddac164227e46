package org.convene.openspace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.openspace.MeetingRequestCommand;
import org.convene.openspace.OpenSpace;
import org.convene.openspace.RequestStatus;
import org.convene.platform.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many people accept meeting requests at the same moment, for the same people, places and slots:
 * no double booking of a person or a place and no place over capacity, checked afterwards by SQL
 * over the requests and meetings (not the busy rows the rule is built on). Then the same with two
 * application contexts — two instances of the app with pools of their own — on the one schema.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingRaceTest extends OpenSpaceModuleTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private Map<String, String> properties;
    private ApplicationContext second;

    @Override
    public Map<String, String> getProperties() {
        properties = super.getProperties();
        return properties;
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
        if (second != null) {
            second.close();
        }
    }

    /** The same schema, through a second application context: what a second app instance would be. */
    private OpenSpace secondInstance() {
        if (second == null) {
            second = ApplicationContext.run(new java.util.HashMap<String, Object>(properties), "test");
        }
        return second.getBean(OpenSpace.class);
    }

    @RepeatedTest(3)
    void everyone_accepting_at_once_for_one_slot_books_each_of_the_three_places_once_and_nobody_twice() throws Exception {
        List<Attendee> people = people(12);
        List<Invite> invites = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                invites.add(invite(people.get(i), people.get(j), 0));
            }
        }

        int booked = acceptAllAtOnce(invites, List.of(openSpace));

        assertThat(booked).isEqualTo(3);
        assertNoDoubleBooking();
        assertThat(sql.number("SELECT COUNT(*) FROM openspace_meeting")).isEqualTo(3);
    }

    @RepeatedTest(3)
    void requests_over_every_slot_accepted_at_once_never_double_book() throws Exception {
        assertRandomRaceHolds(List.of(openSpace), 16, new Random(7));
    }

    @Test
    void two_app_instances_on_one_database_never_double_book() throws Exception {
        List<OpenSpace> instances = List.of(openSpace, secondInstance());
        for (int round = 0; round < 3; round++) {
            assertRandomRaceHolds(instances, 16, new Random(round));
            oneSummitWithAnOpenSpace();
        }
        List<Attendee> people = people(12);
        List<Invite> invites = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                invites.add(invite(people.get(i), people.get(j), 1));
            }
        }
        assertThat(acceptAllAtOnce(invites, instances)).isEqualTo(3);
        assertNoDoubleBooking();
    }

    private void assertRandomRaceHolds(List<OpenSpace> instances, int size, Random random) throws Exception {
        List<Attendee> people = people(size);
        List<Invite> invites = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                invites.add(invite(people.get(i), people.get(j), random.nextInt(4)));
            }
        }
        int booked = acceptAllAtOnce(invites, instances);
        assertThat(booked).isPositive().isLessThanOrEqualTo(4 * 3);
        assertNoDoubleBooking();
        assertThat(sql.number("SELECT COUNT(*) FROM openspace_meeting")).isEqualTo(booked);
        assertThat(sql.number("SELECT COUNT(*) FROM openspace_request WHERE status = 'BOOKED'")).isEqualTo(booked);
    }

    private record Invite(long requestId, Attendee invitee) {
    }

    private List<Attendee> people(int n) {
        List<Attendee> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(attendee("Person", "No " + i, true, null));
        }
        return people;
    }

    private Invite invite(Attendee from, Attendee to, int slot) {
        long id = openSpace.request(from.actor(), berlin, new MeetingRequestCommand(List.of(to.id()), slot(slot), null)).id();
        return new Invite(id, to);
    }

    /** All invitees accept at once, spread over the instances; answers how many were booked. Any failure but a clear conflict fails. */
    private int acceptAllAtOnce(List<Invite> invites, List<OpenSpace> instances) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RequestStatus>> outcomes = new ArrayList<>();
        for (int i = 0; i < invites.size(); i++) {
            Invite invite = invites.get(i);
            OpenSpace instance = instances.get(i % instances.size());
            outcomes.add(threads.submit(() -> {
                start.await();
                return instance.respond(invite.invitee().actor(), invite.requestId(), true).status();
            }));
        }
        start.countDown();
        int booked = 0;
        for (Future<RequestStatus> outcome : outcomes) {
            try {
                if (outcome.get(120, TimeUnit.SECONDS) == RequestStatus.BOOKED) {
                    booked++;
                }
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
            }
        }
        return booked;
    }

    /** Checked on the requests and meetings themselves, not on the busy rows that enforce the rule. */
    private void assertNoDoubleBooking() {
        assertThat(sql.number("""
                SELECT COUNT(*) FROM (SELECT person, slot_start FROM (
                  SELECT r.requester_id AS person, m.slot_start FROM openspace_meeting m JOIN openspace_request r ON r.id = m.request_id
                  UNION ALL
                  SELECT i.person_id AS person, m.slot_start FROM openspace_meeting m JOIN openspace_invitee i ON i.request_id = m.request_id
                ) taken GROUP BY person, slot_start HAVING COUNT(*) > 1) doubles""")).as("people in two meetings at once").isZero();
        assertThat(sql.number("""
                SELECT COUNT(*) FROM (SELECT place_id, slot_start FROM openspace_meeting GROUP BY place_id, slot_start HAVING COUNT(*) > 1) d""")
        ).as("places holding two meetings at once").isZero();
        assertThat(sql.number("""
                SELECT COUNT(*) FROM openspace_meeting m JOIN openspace_place p ON p.id = m.place_id
                WHERE 1 + (SELECT COUNT(*) FROM openspace_invitee i WHERE i.request_id = m.request_id) > p.capacity""")
        ).as("meetings over their place's capacity").isZero();
        assertThat(sql.number("SELECT COUNT(*) FROM openspace_busy")).isEqualTo(sql.number("SELECT COALESCE(SUM(size), 0) FROM openspace_meeting"));
        assertThat(sql.number("""
                SELECT COUNT(*) FROM openspace_request r WHERE (r.status = 'BOOKED') <> EXISTS (SELECT 1 FROM openspace_meeting m WHERE m.request_id = r.id)""")
        ).as("booked requests without a meeting or meetings of requests not booked").isZero();
    }
}
