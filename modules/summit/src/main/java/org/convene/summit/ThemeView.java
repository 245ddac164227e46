package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ThemeView(long id, long summitId, int position, String title, @Nullable String description, @Nullable Long resourcePersonId) {
}
