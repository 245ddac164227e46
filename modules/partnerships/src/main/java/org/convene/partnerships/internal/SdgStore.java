package org.convene.partnerships.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.convene.platform.SdgRef;

/**
 * The goals and targets of practices, one row each in {@code partnership_practice_sdg}, in the order
 * written. Plain JDBC in the caller's transaction (the data source is the transaction-aware one):
 * the table's key is (practice, position), which needs no entity of its own.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class SdgStore {
    private final DataSource dataSource;

    SdgStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void replace(long practiceId, List<SdgRef> refs) {
        try (PreparedStatement delete = connection().prepareStatement("DELETE FROM partnership_practice_sdg WHERE practice_id = ?")) {
            delete.setLong(1, practiceId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        insert(Map.of(practiceId, refs));
    }

    /** Adds the references of new practices, as one batch. */
    void insert(Map<Long, List<SdgRef>> byPractice) {
        String sql = "INSERT INTO partnership_practice_sdg (practice_id, position, goal, target) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            for (Map.Entry<Long, List<SdgRef>> e : byPractice.entrySet()) {
                List<SdgRef> refs = e.getValue();
                for (int i = 0; i < refs.size(); i++) {
                    insert.setLong(1, e.getKey());
                    insert.setInt(2, i);
                    insert.setInt(3, refs.get(i).goal());
                    if (refs.get(i).target() == null) {
                        insert.setNull(4, Types.VARCHAR);
                    } else {
                        insert.setString(4, refs.get(i).target());
                    }
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The references of each practice, normalised ("10.7", "11"), in the order written. */
    @Transactional(readOnly = true)
    Map<Long, List<String>> of(Collection<Long> practiceIds) {
        Map<Long, List<String>> refs = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return refs;
        }
        String marks = String.join(",", Collections.nCopies(practiceIds.size(), "?"));
        String sql = "SELECT practice_id, goal, target FROM partnership_practice_sdg WHERE practice_id IN (" + marks + ") ORDER BY practice_id, position";
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            int i = 1;
            for (long id : practiceIds) {
                select.setLong(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    refs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SdgRef(rs.getInt(2), rs.getString(3)).toString());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return refs;
    }

    /** Owned by the transaction, which closes it. */
    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
