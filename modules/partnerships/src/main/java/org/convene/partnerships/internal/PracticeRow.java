package org.convene.partnerships.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A practice; its goals and targets are rows of {@code partnership_practice_sdg} ({@link SdgStore}). */
@MappedEntity("partnership_practice")
record PracticeRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @Nullable String link,
        String sdgText,
        @Nullable String period,
        @Nullable String location,
        @Nullable String countryCode,
        @Nullable String aim,
        @Nullable String partners,
        @Nullable String source,
        @Nullable Long roundtableId,
        String fingerprint,
        Instant createdAt,
        Instant updatedAt) {
}
