package org.convene.partnerships;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A practice of the catalogue.
 *
 * @param sdgText      the goals and targets as written
 * @param sdgTargets   the same, normalised and in the order written ("10.7", "8.8", "10.c", "11")
 * @param roundtableId the roundtable whose published outcome it was promoted from, if any
 */
@Serdeable
public record PracticeView(
        long id,
        String name,
        @Nullable String link,
        String sdgText,
        List<String> sdgTargets,
        @Nullable String period,
        @Nullable String location,
        @Nullable String countryCode,
        @Nullable String aim,
        @Nullable String partners,
        @Nullable String source,
        @Nullable Long roundtableId,
        Instant createdAt) {
}
