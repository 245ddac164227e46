package org.convene.marketplace.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.convene.marketplace.ProductKind;

/** A product without its image's bytes. */
@Introspected
record ProductSummary(long id, long applicationId, ProductKind kind, String title, String description, @Nullable String link,
                      @Nullable String imageType) {
}
