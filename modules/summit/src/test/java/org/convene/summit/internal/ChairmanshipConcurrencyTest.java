package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.summit.internal.History.command;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.platform.ConflictException;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two requests that check "no overlap" at the same moment must not both write. The races are
 * repeated because the two threads meet differently each time; the deadlock the retry is for is
 * rare in a race, so one test forces it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanshipConcurrencyTest extends SummitModuleTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @RepeatedTest(5)
    void of_two_overlapping_chairmanships_created_at_once_exactly_one_is_stored_in_an_empty_table() throws Exception {
        assertExactlyOneOf(command(List.of("DE", "MA"), "2017-01-01", "2018-12-31"), command(List.of("FR"), "2018-06-01", "2019-05-31"));
    }

    @RepeatedTest(5)
    void of_two_overlapping_chairmanships_created_at_once_exactly_one_is_stored_after_earlier_ones() throws Exception {
        chairmanships.create(History.SWEDEN);
        chairmanships.create(History.TURKEY);

        assertExactlyOneOf(command(List.of("DE", "MA"), "2017-01-01", "2018-12-31"), command(List.of("FR"), "2018-06-01", "2019-05-31"));
        assertThat(tables.count("summit_chairmanship")).isEqualTo(3);
    }

    /**
     * Forces the deadlock the retry exists for. This test's transaction holds the gap after the last
     * chairmanship; the create locks it too (gap locks are shared) and its insert waits for ours;
     * our insert then closes the cycle. MariaDB rolls back the transaction that changed fewer rows,
     * so ours first adds rooms to an earlier summit (which the create never touches) to be heavier.
     * Without the retry the create would fail with the deadlock.
     */
    @Test
    void a_create_chosen_as_deadlock_victim_runs_again_and_succeeds() throws Exception {
        long sweden = chairmanships.create(History.SWEDEN).id();
        long stockholm = summits.create(new SummitCommand(sweden, "7th GFMD Summit", 7, "Stockholm", "Stockholm Waterfront",
                LocalDate.parse("2014-05-14"), LocalDate.parse("2014-05-16"), null)).id();
        Future<ChairmanshipView> turkey;
        try (Connection ours = tables.connection(); Statement sql = ours.createStatement()) {
            ours.setAutoCommit(false);
            for (int room = 1; room <= 10; room++) {
                sql.executeUpdate("INSERT INTO summit_room (summit_id, name, capacity) VALUES (" + stockholm + ", 'Room " + room + "', 10)");
            }
            sql.executeQuery("SELECT id FROM summit_chairmanship WHERE id > " + sweden + " FOR UPDATE").close();
            turkey = threads.submit(() -> chairmanships.create(History.TURKEY));
            tables.awaitATransactionWaitingForALock();

            // Fails with the deadlock itself if MariaDB chose this transaction as the victim instead.
            sql.executeUpdate("INSERT INTO summit_chairmanship (term_start, term_end) VALUES ('2016-01-01', '2016-12-31')");
            ours.rollback();
        }

        assertThat(turkey.get(60, TimeUnit.SECONDS).chairs()).containsExactly("TR");
        assertThat(chairmanships.list()).extracting(ChairmanshipView::chairs).containsExactly(List.of("SE"), List.of("TR"));
    }

    private void assertExactlyOneOf(ChairmanshipCommand first, ChairmanshipCommand second) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (ChairmanshipCommand command : List.of(first, second)) {
            outcomes.add(threads.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    return chairmanships.create(command);
                } catch (ConflictException refused) {
                    return refused;
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }

        assertThat(results).filteredOn(ChairmanshipView.class::isInstance).hasSize(1);
        assertThat(results).filteredOn(ConflictException.class::isInstance).singleElement()
                .extracting(r -> ((ConflictException) r).problem().code()).isEqualTo("chairmanship.term.overlap");
        ChairmanshipView stored = (ChairmanshipView) results.stream().filter(ChairmanshipView.class::isInstance).findFirst().orElseThrow();
        assertThat(chairmanships.find(stored.id())).contains(stored);
        assertThat(tables.number("SELECT COUNT(*) FROM summit_chairmanship WHERE term_start >= '2017-01-01'")).isEqualTo(1);
        assertThat(tables.number("SELECT COUNT(*) FROM summit_chairmanship_chair c JOIN summit_chairmanship s ON s.id = c.chairmanship_id"
                + " WHERE s.term_start >= '2017-01-01'")).isEqualTo(stored.chairs().size());
    }
}
