package org.convene.consultations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A theme of the summit taken up by a consultation. */
@MappedEntity("consultation_theme")
record ThemeRow(@Id @GeneratedValue @Nullable Long id, long consultationId, long themeId, int position) {
}
