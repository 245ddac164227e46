package org.convene.platform.db;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a whole transaction again when MariaDB chose it as a deadlock victim (error 1213). The
 * server has then rolled it back entirely, so the retry must start a new transaction: wrap the
 * call to a {@code @Transactional} bean, never code inside one. No pause between attempts is
 * needed: the winner still holds its locks, so the retry simply waits for it to commit. Five
 * attempts, because a burst of nominations into one group meets on the same row lock.
 */
public final class DeadlockRetry {
    public static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetry.class);

    private DeadlockRetry() {
    }

    public static <T> T run(Supplier<T> transaction) {
        return run(ATTEMPTS, transaction);
    }

    public static void run(Runnable transaction) {
        run(ATTEMPTS, () -> {
            transaction.run();
            return null;
        });
    }

    public static <T> T run(int attempts, Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !SqlErrors.isDeadlock(e)) {
                    throw e;
                }
                LOG.info("Deadlock on attempt {} of {}; running the transaction again", attempt, attempts);
            }
        }
    }
}
