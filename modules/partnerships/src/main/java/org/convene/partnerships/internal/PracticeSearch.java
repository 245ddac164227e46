package org.convene.partnerships.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.convene.partnerships.PracticePage.GoalCount;
import org.convene.platform.SdgRef;

/**
 * The catalogue's search as SQL, built from the filters given. Words and places are matched with
 * LIKE under the tables' utf8mb4_unicode_ci collation, which ignores case and accents ("sao" finds
 * "São"). A goal filter finds a practice naming the goal or any of its targets; a target filter only
 * that target (domain.md §6).
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class PracticeSearch {
    private final DataSource dataSource;

    PracticeSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The filters, already checked: words split, the SDG parsed, the place's state looked up, the
     * world region turned into its states (null: any region).
     */
    record Filter(SdgRef sdg, List<String> words, String location, Optional<String> locationCountry, Set<String> regionStates) {
    }

    record Found(long total, List<Long> ids, List<GoalCount> facets) {
    }

    Found find(Filter filter, int page, int size) {
        Where all = where(filter, true);
        Where noSdg = where(filter, false);
        long total = count("SELECT COUNT(*) FROM partnership_practice p" + all.sql(), all.params());
        List<Long> ids = new ArrayList<>();
        List<Object> pageParams = new ArrayList<>(all.params());
        pageParams.add(size);
        pageParams.add((long) (page - 1) * size);
        query("SELECT p.id FROM partnership_practice p" + all.sql() + " ORDER BY p.name, p.id LIMIT ? OFFSET ?", pageParams,
                rs -> ids.add(rs.getLong(1)));
        List<GoalCount> facets = new ArrayList<>();
        query("SELECT s.goal, COUNT(DISTINCT s.practice_id) FROM partnership_practice_sdg s JOIN partnership_practice p ON p.id = s.practice_id"
                + noSdg.sql() + " GROUP BY s.goal ORDER BY s.goal", noSdg.params(), rs -> facets.add(new GoalCount(rs.getInt(1), rs.getLong(2))));
        return new Found(total, ids, facets);
    }

    private static Where where(Filter filter, boolean withSdg) {
        Where where = new Where();
        if (withSdg && filter.sdg() != null) {
            if (filter.sdg().target() == null) {
                where.add("EXISTS (SELECT 1 FROM partnership_practice_sdg f WHERE f.practice_id = p.id AND f.goal = ?)", filter.sdg().goal());
            } else {
                where.add("EXISTS (SELECT 1 FROM partnership_practice_sdg f WHERE f.practice_id = p.id AND f.goal = ? AND f.target = ?)",
                        filter.sdg().goal(), filter.sdg().target());
            }
        }
        for (String word : filter.words()) {
            String like = like(word);
            where.add("(p.name LIKE ? OR p.aim LIKE ? OR p.partners LIKE ?)", like, like, like);
        }
        if (filter.location() != null) {
            if (filter.locationCountry().isPresent()) {
                where.add("(p.location LIKE ? OR p.country_code = ?)", like(filter.location()), filter.locationCountry().get());
            } else {
                where.add("p.location LIKE ?", like(filter.location()));
            }
        }
        if (filter.regionStates() != null) {
            // Practices whose place names no state (a region, a network) are outside every world region.
            List<String> states = filter.regionStates().stream().sorted().toList();
            where.add("p.country_code IN (" + String.join(", ", Collections.nCopies(states.size(), "?")) + ")", states.toArray());
        }
        return where;
    }

    /** Contains the text, with LIKE's own characters taken literally (backslash is MariaDB's escape). */
    static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private long count(String sql, List<Object> params) {
        long[] n = new long[1];
        query(sql, params, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowReader reader) {
        // The connection belongs to the transaction, which closes it.
        try (PreparedStatement statement = dataSource.getConnection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Conditions joined by AND, with their parameters in order. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        List<Object> params() {
            return params;
        }
    }
}
