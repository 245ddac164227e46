package org.convene.roundtables.internal;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts an assignment's seats as one JDBC batch. Micronaut Data's {@code saveAll} inserts rows
 * with a generated id one statement at a time on MariaDB (see the delegations' RegistrationBatch),
 * which for 3,000 seats is 3,000 round trips. Runs in the caller's transaction: the data source is
 * the transaction-aware one, so the connection is the transaction's.
 */
@Singleton
class SeatBatch {
    private static final String INSERT = "INSERT INTO roundtable_seat (roundtable_id, registration_id, manual, assigned_by, assigned_at)"
            + " VALUES (?, ?, ?, ?, ?)";
    private final DataSource dataSource;

    SeatBatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(List<SeatRow> seats) {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (SeatRow seat : seats) {
                    insert.setLong(1, seat.roundtableId());
                    insert.setLong(2, seat.registrationId());
                    insert.setBoolean(3, seat.manual());
                    insert.setLong(4, seat.assignedBy());
                    insert.setTimestamp(5, Timestamp.from(seat.assignedAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new DataAccessException("the seats could not be stored", e);
        }
    }
}
