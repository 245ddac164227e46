package org.convene.roundtables.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PaperRows extends CrudRepository<PaperRow, Long> {
    /** Lists read the papers' names and sizes, never their content. */
    List<PaperSummary> findByRoundtableIdIn(Collection<Long> roundtableIds);

    /** One statement: a replacement is whole or not at all, and two uploads at once leave one whole paper. */
    @Query("INSERT INTO roundtable_paper (roundtable_id, file_name, content, size, sha256, uploaded_by, uploaded_at)"
            + " VALUES (:roundtableId, :fileName, :content, :size, :sha256, :uploadedBy, :uploadedAt)"
            + " ON DUPLICATE KEY UPDATE file_name = VALUES(file_name), content = VALUES(content), size = VALUES(size),"
            + " sha256 = VALUES(sha256), uploaded_by = VALUES(uploaded_by), uploaded_at = VALUES(uploaded_at)")
    void store(long roundtableId, String fileName, byte[] content, int size, String sha256, long uploadedBy, Instant uploadedAt);
}
