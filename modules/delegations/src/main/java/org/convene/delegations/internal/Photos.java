package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Photos extends CrudRepository<Photo, Long> {
    List<Photo> findByRegistrationIdIn(Collection<Long> registrationIds);

    /** One statement, so two uploads at the same moment leave one whole photo, never an error. */
    @Query("INSERT INTO delegation_photo (registration_id, jpeg, width, height, updated_at, updated_by)"
            + " VALUES (:registrationId, :jpeg, :width, :height, :updatedAt, :updatedBy)"
            + " ON DUPLICATE KEY UPDATE jpeg = VALUES(jpeg), width = VALUES(width), height = VALUES(height),"
            + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)")
    void store(long registrationId, byte[] jpeg, int width, int height, Instant updatedAt, long updatedBy);
}
