package org.convene.summit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A theme of a summit; the resource person is a user (by id) who organises its discussion. */
@Serdeable
public record ThemeCommand(@Nullable String title, @Nullable String description, @Nullable Long resourcePersonId) {
}
