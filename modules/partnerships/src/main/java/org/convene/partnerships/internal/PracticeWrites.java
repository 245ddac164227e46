package org.convene.partnerships.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.SdgRef;
import org.convene.platform.db.SqlErrors;

/**
 * The writes, each in one transaction. The unique fingerprint decides what is a duplicate, also
 * between two imports or edits at the same time: the database refuses (or, for an import, skips)
 * the second, so no lock is needed.
 */
@Singleton
@Transactional
class PracticeWrites {
    private static final String INSERT_IGNORE = "INSERT IGNORE INTO partnership_practice (name, link, sdg_text, period, location,"
            + " country_code, aim, partners, source, roundtable_id, fingerprint, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PracticeRows rows;
    private final SdgStore sdgs;
    private final DataSource dataSource;
    private final Clock clock;

    PracticeWrites(PracticeRows rows, SdgStore sdgs, DataSource dataSource, Clock clock) {
        this.rows = rows;
        this.sdgs = sdgs;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    PracticeRow create(Checked practice, Long roundtableId) {
        Instant now = clock.instant();
        PracticeRow saved = unique(() -> rows.save(row(null, practice, roundtableId, now, now)));
        sdgs.replace(saved.id(), practice.sdgs());
        return saved;
    }

    PracticeRow update(long id, Checked practice) {
        PracticeRow stored = rows.findById(id).orElseThrow(() -> new NotFoundException("practice", id));
        PracticeRow changed = unique(() -> rows.update(row(id, practice, stored.roundtableId(), stored.createdAt(), clock.instant())));
        sdgs.replace(id, practice.sdgs());
        return changed;
    }

    void delete(long id) {
        rows.deleteById(id);
    }

    /**
     * Saves the practices not yet in the catalogue; answers how many were new. INSERT IGNORE skips a
     * row only for its duplicate fingerprint here: every other constraint was checked before.
     */
    int importAll(List<Checked> practices) {
        Instant now = clock.instant();
        Map<Long, List<SdgRef>> refs = new LinkedHashMap<>();
        try (PreparedStatement insert = dataSource.getConnection().prepareStatement(INSERT_IGNORE, Statement.RETURN_GENERATED_KEYS)) {
            for (Checked p : practices) {
                set(insert, p, now);
                if (insert.executeUpdate() == 1) {
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        refs.put(key.getLong(1), p.sdgs());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!refs.isEmpty()) {
            sdgs.insert(refs);
        }
        return refs.size();
    }

    private static void set(PreparedStatement insert, Checked p, Instant now) throws SQLException {
        insert.setString(1, p.name());
        insert.setString(2, p.link());
        insert.setString(3, p.sdgText());
        insert.setString(4, p.period());
        insert.setString(5, p.location());
        insert.setString(6, p.countryCode());
        insert.setString(7, p.aim());
        insert.setString(8, p.partners());
        insert.setString(9, p.source());
        insert.setNull(10, Types.BIGINT);
        insert.setString(11, p.fingerprint());
        insert.setTimestamp(12, Timestamp.from(now));
        insert.setTimestamp(13, Timestamp.from(now));
    }

    private static PracticeRow unique(Supplier<PracticeRow> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw new ConflictException("name", "practice.duplicate",
                        "the catalogue has a practice with this name, location and period already");
            }
            throw e;
        }
    }

    private static PracticeRow row(Long id, Checked p, Long roundtableId, Instant created, Instant updated) {
        return new PracticeRow(id, p.name(), p.link(), p.sdgText(), p.period(), p.location(), p.countryCode(), p.aim(), p.partners(),
                p.source(), roundtableId, p.fingerprint(), created, updated);
    }
}
