package org.convene.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlockRetryTest {
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void a_transaction_chosen_as_deadlock_victim_runs_again() {
        String result = DeadlockRetry.run(3, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "written";
        });

        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void retrying_gives_up_after_the_last_attempt_with_the_deadlock() {
        assertThatThrownBy(() -> DeadlockRetry.run(3, () -> {
            attempts.incrementAndGet();
            throw deadlock();
        })).matches(SqlErrors::isDeadlock);

        assertThat(attempts).hasValue(3);
    }

    @Test
    void other_failures_are_not_retried() {
        assertThatThrownBy(() -> DeadlockRetry.run(3, () -> {
            attempts.incrementAndGet();
            throw new DataAccessException("duplicate", new SQLException("Duplicate entry", "23000", SqlErrors.DUPLICATE_KEY));
        })).hasMessage("duplicate");

        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_deadlock_is_recognised_by_error_code_or_sql_state_under_wrappers() {
        assertThat(SqlErrors.isDeadlock(deadlock())).isTrue();
        assertThat(SqlErrors.isDeadlock(new RuntimeException(new SQLTransactionRollbackException("rolled back", "40001")))).isTrue();
        assertThat(SqlErrors.isDeadlock(new RuntimeException(new SQLException("lock wait timeout", "HY000", 1205)))).isFalse();
        assertThat(SqlErrors.isDeadlock(new IllegalStateException("no SQL here"))).isFalse();
    }

    @Test
    void a_duplicate_key_is_recognised_under_wrappers() {
        RuntimeException wrapped = new DataAccessException("insert failed",
                new SQLException("Duplicate entry '1-Plenary' for key 'uq_summit_room_name'", "23000", SqlErrors.DUPLICATE_KEY));

        assertThat(SqlErrors.isDuplicateKey(wrapped)).isTrue();
        assertThat(SqlErrors.isDuplicateKey(deadlock())).isFalse();
    }

    private static RuntimeException deadlock() {
        return new DataAccessException("could not insert",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", SqlErrors.DEADLOCK));
    }
}
