package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A product, without its image's bytes (read them with {@link Marketplace#productImage}). */
@Serdeable
public record ProductView(long id, long applicationId, ProductKind kind, String title, String description, @Nullable String link,
                          boolean hasImage) {
}
