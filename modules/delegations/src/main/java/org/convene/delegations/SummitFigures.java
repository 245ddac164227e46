package org.convene.delegations;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * The state of a summit's accreditation at one moment. {@code participants} are the people
 * accredited (approved, badge issued or checked in); region and gender count them.
 * {@code badgesIssued} counts everyone who was given a badge, checked in or not.
 * {@code byRegion} is keyed by UN M49 continent code ("002" Africa, "019" Americas, "142" Asia,
 * "150" Europe, "009" Oceania); {@code byGender} by {@link Gender} name, with
 * {@code UNSPECIFIED} for those who gave none. Check-ins are counted per hour (UTC), oldest first.
 */
@Serdeable
public record SummitFigures(
        long summitId,
        List<GroupFigures> groups,
        Map<RegistrationStatus, Long> byStatus,
        long approvalsPending,
        long waiting,
        long badgesIssued,
        long checkedIn,
        long participants,
        List<HourlyCount> checkInsPerHour,
        Map<String, Long> byRegion,
        Map<String, Long> byGender) {

    public static final String UNSPECIFIED = "UNSPECIFIED";

    /** One group against its quota. */
    @Serdeable
    public record GroupFigures(long groupId, GroupKind kind, @io.micronaut.core.annotation.Nullable String stateCode,
                               @io.micronaut.core.annotation.Nullable String name, int places, int taken, int waiting,
                               Map<RegistrationStatus, Long> byStatus) {
    }

    /** Check-ins in the hour starting at {@code hour} (UTC, ISO 8601). */
    @Serdeable
    public record HourlyCount(java.time.Instant hour, long count) {
    }
}
