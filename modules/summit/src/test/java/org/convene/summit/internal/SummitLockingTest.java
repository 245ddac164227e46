package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.summit.RoomCommand;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Summits, themes and rooms written while another transaction changes what they are checked
 * against. The test holds that other transaction open on a connection of its own, waits until the
 * request blocks on it, and then commits, so the interleaving is the same on every run.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitLockingTest extends SummitModuleTest {
    private long germanyMorocco;
    private long berlin;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void oneSummit() {
        germanyMorocco = createGermanyMorocco();
        berlin = createBerlin(germanyMorocco);
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_summit_written_while_the_term_is_shortened_is_checked_against_the_shortened_term() throws Exception {
        Future<Object> marrakesh;
        try (Connection other = tables.connection(); Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            sql.executeUpdate("UPDATE summit_chairmanship SET term_end = '2017-12-31' WHERE id = " + germanyMorocco);
            marrakesh = threads.submit(() -> refusedOr(() -> summits.create(Summits2017.marrakesh(germanyMorocco))));
            tables.awaitATransactionWaitingForALock();
            other.commit();
        }

        assertThat(marrakesh.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                        tuple("startDate", "summit.dates.outside-term"), tuple("endDate", "summit.dates.outside-term")));
        assertThat(tables.count("summit_summit")).isEqualTo(1);
    }

    /** The unique key refuses a name taken after the request checked it, with the same answer as the check. */
    @Test
    void a_room_name_taken_between_check_and_insert_is_refused_as_the_same_conflict() throws Exception {
        Future<Object> adding;
        try (Connection other = tables.connection();
             PreparedStatement insert = other.prepareStatement("INSERT INTO summit_room (summit_id, name, capacity) VALUES (?, 'Weltsaal', 800)")) {
            other.setAutoCommit(false);
            insert.setLong(1, berlin);
            insert.executeUpdate();
            adding = threads.submit(() -> refusedOr(() -> setup.addRoom(berlin, new RoomCommand("Weltsaal", 50, null))));
            tables.awaitATransactionWaitingForALock();
            other.commit();
        }

        assertThat(adding.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.problem()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly("name", "room.name.taken"));
        assertThat(tables.count("summit_room")).isEqualTo(1);
    }

    /** A race rather than a held lock: without the lock on the summit both would read the same last number. */
    @Test
    void themes_added_at_once_get_distinct_numbers() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<ThemeView>> added = new ArrayList<>();
        for (String title : List.of("Labour migration", "Public narratives on migration")) {
            added.add(threads.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return setup.addTheme(berlin, new ThemeCommand(title, null, null));
            }));
        }
        for (Future<ThemeView> theme : added) {
            theme.get(60, TimeUnit.SECONDS);
        }

        assertThat(setup.themes(berlin)).extracting(ThemeView::position).containsExactly(1, 2);
    }

    /** What a request answered: its result, or the refusal it threw. */
    private static Object refusedOr(Supplier<Object> request) {
        try {
            return request.get();
        } catch (InvalidInputException | ConflictException refused) {
            return refused;
        }
    }
}
