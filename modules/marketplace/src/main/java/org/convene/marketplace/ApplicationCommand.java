package org.convene.marketplace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What an exhibitor tells about their organisation and project. */
@Serdeable
public record ApplicationCommand(@Nullable String organisation, @Nullable String projectTitle, @Nullable String description) {
}
