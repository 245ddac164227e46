package org.convene.marketplace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The plan without its image's bytes, except in {@link #image}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FloorPlans extends GenericRepository<FloorPlanRow, Long> {
    @Query("SELECT summit_id, grid_columns, grid_rows, image_type, image_width, image_height, updated_by, updated_at"
            + " FROM marketplace_floor_plan WHERE summit_id = :summitId")
    Optional<FloorPlanRow> find(long summitId);

    /** Makes the summit's default plan when it has none; the lock below then always finds a row. */
    @Query("INSERT IGNORE INTO marketplace_floor_plan (summit_id, grid_columns, grid_rows) VALUES (:summitId, :columns, :rows)")
    void ensure(long summitId, int columns, int rows);

    /** Locks the summit's marketplace (plan, booths, stage slots) until the transaction ends. */
    @Query("SELECT summit_id, grid_columns, grid_rows, image_type, image_width, image_height, updated_by, updated_at"
            + " FROM marketplace_floor_plan WHERE summit_id = :summitId FOR UPDATE")
    Optional<FloorPlanRow> lock(long summitId);

    @Query("UPDATE marketplace_floor_plan SET grid_columns = :columns, grid_rows = :rows, image = NULL, image_type = NULL,"
            + " image_width = NULL, image_height = NULL, updated_by = :by, updated_at = :at WHERE summit_id = :summitId")
    void setGrid(long summitId, int columns, int rows, long by, Instant at);

    @Query("UPDATE marketplace_floor_plan SET image = :image, image_type = :type, image_width = :width, image_height = :height,"
            + " updated_by = :by, updated_at = :at WHERE summit_id = :summitId")
    void setImage(long summitId, byte[] image, String type, int width, int height, long by, Instant at);

    @Query("SELECT image, image_type FROM marketplace_floor_plan WHERE summit_id = :summitId AND image IS NOT NULL")
    Optional<StoredImage> image(long summitId);
}
