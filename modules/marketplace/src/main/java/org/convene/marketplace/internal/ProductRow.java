package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.convene.marketplace.ProductKind;

/** A product with its image; lists read {@link ProductSummary} instead. */
@MappedEntity("marketplace_product")
record ProductRow(@Id @GeneratedValue @Nullable Long id, long applicationId, ProductKind kind, String title, String description,
                  @Nullable String link, @Nullable byte[] image, @Nullable String imageType) {
}
