package org.convene.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convene.platform.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInstance;

/**
 * Officers add the third and a fourth theme to a consultation at the same moment: exactly one
 * succeeds, because each takes the consultation's row lock before counting its themes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeRaceTest extends ConsultationModuleTest {
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @RepeatedTest(5)
    void of_a_third_and_a_fourth_theme_added_at_once_exactly_one_is_stored() throws Exception {
        long id = consultations.create(dhaka, colombo(List.of(mobility, diaspora))).id();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        for (long theme : List.of(climate, recruitment)) {
            outcomes.add(threads.submit(() -> {
                start.await();
                return consultations.addTheme(id, theme);
            }));
        }
        start.countDown();
        int stored = 0;
        int refused = 0;
        for (Future<?> outcome : outcomes) {
            try {
                outcome.get(120, TimeUnit.SECONDS);
                stored++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                refused++;
            }
        }
        assertThat(stored).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(sql.count("consultation_theme")).isEqualTo(3);
        assertThat(consultations.consultation(id).themeIds()).hasSize(3);
    }
}
