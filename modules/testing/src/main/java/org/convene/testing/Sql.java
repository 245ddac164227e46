package org.convene.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Plain SQL on the test class's schema over connections of their own, outside the transactions of
 * the code under test: to empty tables between tests and to count what was really stored.
 */
public class Sql {
    private final DataSource raw;

    public Sql(DataSource dataSource) {
        this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public long count(String table) {
        return number("SELECT COUNT(*) FROM " + table);
    }

    public long number(String sql) {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the only row, as text; fails when there is no row. */
    public String text(String sql) {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            if (!result.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public void update(String sql) {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A connection of the test's own, e.g. to hold a lock while the code under test runs. */
    public Connection connection() throws SQLException {
        return raw.getConnection();
    }

    /**
     * Asks the server until some transaction waits for a lock, i.e. the code under test has blocked
     * on a lock the test holds. The pause between questions is not a guess at timing: InnoDB
     * refreshes this table only when it was not read for 0.1 s.
     */
    public void awaitATransactionWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (number("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction waited for a lock within 30 s");
            }
            Thread.sleep(150);
        }
    }
}
