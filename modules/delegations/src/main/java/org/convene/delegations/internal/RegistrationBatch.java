package org.convene.delegations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts many registrations and their first history lines as two JDBC batches. Micronaut Data's
 * {@code saveAll} inserts rows with a generated id one statement at a time on MariaDB (it batches
 * only where the dialect returns generated keys from a batch), which made a 5,000-row import spend
 * most of its time in round trips. Runs in the caller's transaction: the data source is
 * Micronaut's transaction-aware one, so the connection is the transaction's.
 */
@Singleton
class RegistrationBatch {
    private static final String INSERT = "INSERT INTO delegation_registration (summit_id, group_id, given_name, family_name,"
            + " latin_given_name, latin_family_name, organisation, title, nationality, residence, gender, email, role,"
            + " accessibility_needs, dietary_needs, status, waitlist_position, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HISTORY = "INSERT INTO delegation_registration_history"
            + " (registration_id, from_status, to_status, actor_user_id, changed_at, reason) VALUES (?, NULL, ?, ?, ?, NULL)";

    private final DataSource dataSource;

    RegistrationBatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the registrations with a creation line each, by {@code actorUserId}; answers them with
     * their ids. Only inside a transaction, which owns (and closes) the connection.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Registration> insert(List<Registration> fresh, long actorUserId) {
        try {
            Connection connection = dataSource.getConnection();
            List<Registration> saved = registrations(connection, fresh);
            history(connection, saved, actorUserId);
            return saved;
        } catch (SQLException e) {
            throw new BatchFailed(e);
        }
    }

    private static List<Registration> registrations(Connection connection, List<Registration> fresh) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (Registration r : fresh) {
                insert.setLong(1, r.summitId());
                insert.setLong(2, r.groupId());
                insert.setString(3, r.givenName());
                insert.setString(4, r.familyName());
                insert.setString(5, r.latinGivenName());
                insert.setString(6, r.latinFamilyName());
                insert.setString(7, r.organisation());
                insert.setString(8, r.title());
                insert.setString(9, r.nationality());
                insert.setString(10, r.residence());
                insert.setString(11, r.gender() == null ? null : r.gender().name());
                insert.setString(12, r.email());
                insert.setString(13, r.role().name());
                insert.setString(14, r.accessibilityNeeds());
                insert.setString(15, r.dietaryNeeds());
                insert.setString(16, r.status().name());
                if (r.waitlistPosition() == null) {
                    insert.setNull(17, Types.INTEGER);
                } else {
                    insert.setInt(17, r.waitlistPosition());
                }
                insert.setTimestamp(18, Timestamp.from(r.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
            List<Registration> saved = new ArrayList<>(fresh.size());
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (Registration r : fresh) {
                    if (!keys.next()) {
                        throw new SQLException("fewer generated ids than rows inserted");
                    }
                    saved.add(r.withId(keys.getLong(1)));
                }
            }
            return saved;
        }
    }

    private static void history(Connection connection, List<Registration> saved, long actorUserId) throws SQLException {
        try (PreparedStatement line = connection.prepareStatement(HISTORY)) {
            for (Registration r : saved) {
                line.setLong(1, r.id());
                line.setString(2, r.status().name());
                line.setLong(3, actorUserId);
                line.setTimestamp(4, Timestamp.from(r.createdAt()));
                line.addBatch();
            }
            line.executeBatch();
        }
    }

    /** Carries the SQLException, so {@link org.convene.platform.db.SqlErrors} still recognises a duplicate key or a deadlock. */
    static final class BatchFailed extends RuntimeException {
        BatchFailed(SQLException cause) {
            super(cause);
        }
    }
}
