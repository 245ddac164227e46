package org.convene.delegations.internal;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Plain SQL on the test class's schema over connections of their own, outside the transactions of
 * the code under test: to empty the tables between tests and to count what was really stored.
 */
final class Tables {
    private final DataSource raw;

    Tables(DataSource dataSource) {
        this.raw = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** Empties this module's tables and the summits they hang on; history and role quotas go by cascade. */
    void clear() {
        update("DELETE FROM delegation_registration");
        update("DELETE FROM delegation_group");
        update("DELETE FROM summit_summit");
        update("DELETE FROM summit_chairmanship");
    }

    long number(String sql) {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void update(String sql) {
        try (Connection connection = raw.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
