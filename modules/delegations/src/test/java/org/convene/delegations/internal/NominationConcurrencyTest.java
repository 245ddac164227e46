package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rule the module exists for: a quota is never exceeded, even when many leads register at the
 * same moment. 50 nominations race for the last 5 places of a group, released together by a latch.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NominationConcurrencyTest extends DelegationsModuleTest {
    private static final int QUOTA = 20;
    private static final int FREE = 5;
    private static final int RACERS = 50;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void fifty_nominations_for_the_last_five_places_give_exactly_five_places_and_a_waiting_list_of_forty_five_without_gaps()
            throws Exception {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, QUOTA);
        for (int i = 0; i < QUOTA - FREE; i++) {
            nominate(civilSociety, "earlier" + i + "@example.org");
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegistrationView>> outcomes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String email = "racer" + i + "@example.org";
            outcomes.add(threads.submit(() -> {
                start.await();
                return registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, People.delegate(email));
            }));
        }
        start.countDown();
        List<RegistrationView> results = new ArrayList<>();
        for (Future<RegistrationView> outcome : outcomes) {
            results.add(outcome.get(120, TimeUnit.SECONDS));
        }

        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.NOMINATED).hasSize(FREE);
        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITING_LIST)
                .extracting(RegistrationView::waitlistPosition)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, RACERS - FREE).boxed().toList());
        String group = " FROM delegation_registration WHERE group_id = " + civilSociety;
        assertThat(tables.number("SELECT COUNT(*)" + group)).isEqualTo(QUOTA - FREE + RACERS);
        assertThat(tables.number("SELECT COUNT(*)" + group + " AND status = 'NOMINATED'")).isEqualTo(QUOTA);
        assertThat(tables.number("SELECT COUNT(*)" + group + " AND status = 'WAITING_LIST'")).isEqualTo(RACERS - FREE);
        assertThat(tables.number("SELECT COUNT(DISTINCT waitlist_position)" + group)).isEqualTo(RACERS - FREE);
        assertThat(tables.number("SELECT MAX(waitlist_position)" + group)).isEqualTo(RACERS - FREE);
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration_history h JOIN delegation_registration r"
                + " ON r.id = h.registration_id WHERE r.group_id = " + civilSociety)).isEqualTo(QUOTA - FREE + RACERS);
        assertThat(groups.find(Actors.CHAIR_OFFICE, civilSociety)).get()
                .extracting(GroupView::taken, GroupView::waiting).containsExactly(QUOTA, RACERS - FREE);
    }
}
