package org.convene.marketplace.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Products extends CrudRepository<ProductRow, Long> {
    List<ProductSummary> findByApplicationIdInOrderById(Collection<Long> applicationIds);

    long countByApplicationId(long applicationId);

    @Query("SELECT image, image_type FROM marketplace_product WHERE id = :id AND image IS NOT NULL")
    Optional<StoredImage> image(long id);
}
