package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A product as the exhibitor describes it. The link, when given, must be http or https. The image
 * (PNG or JPEG) replaces the stored one when given; null keeps it, unless {@code removeImage}.
 */
@Serdeable
public record ProductCommand(@Nullable ProductKind kind, @Nullable String title, @Nullable String description, @Nullable String link,
                             @Nullable byte[] image, boolean removeImage) {
    public static ProductCommand of(ProductKind kind, String title, String description, String link) {
        return new ProductCommand(kind, title, description, link, null, false);
    }
}
