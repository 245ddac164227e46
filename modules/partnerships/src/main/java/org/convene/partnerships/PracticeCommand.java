package org.convene.partnerships;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A practice as the chair office enters it, or as a row of an import file gives it.
 *
 * @param sdgTargets  goals and targets in any of the free forms of {@link org.convene.platform.SdgRef}
 *                    ("10.7, 8.8", "10, 11, 16 and 17"); at least one
 * @param location    country, region or city as written ("City of Sao Paolo, Brazil")
 * @param countryCode ISO 3166-1 alpha-2; when blank, taken from the location if it ends with a state's name
 * @param source      where it came from ("Submissions to Chair's call for inputs", an outcome)
 */
@Serdeable
public record PracticeCommand(
        @Nullable String name,
        @Nullable String link,
        @Nullable String sdgTargets,
        @Nullable String period,
        @Nullable String location,
        @Nullable String countryCode,
        @Nullable String aim,
        @Nullable String partners,
        @Nullable String source) {
}
