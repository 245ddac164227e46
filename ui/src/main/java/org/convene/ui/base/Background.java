package org.convene.ui.base;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (reading a large file, saving thousands of rows) off the request thread, so the
 * page keeps showing its progress bar; the UI polls until the work is done, then the result is
 * applied under the session lock. {@link #NOW} runs it at once, for tests.
 */
@FunctionalInterface
public interface Background {
    /** The work runs, then {@code done} or, on a runtime exception, {@code failed}, on the UI. */
    <T> void run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed);

    int POLL_MILLIS = 300;

    Background THREAD = new Background() {
        @Override
        public <T> void run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
            ui.setPollInterval(POLL_MILLIS);
            Thread.ofVirtual().name("convene-background").start(() -> {
                try {
                    T result = work.get();
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        done.accept(result);
                    });
                } catch (RuntimeException e) {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        failed.accept(e);
                    });
                }
            });
        }
    };

    Background NOW = new Background() {
        @Override
        public <T> void run(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };
}
