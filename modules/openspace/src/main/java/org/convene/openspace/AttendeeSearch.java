package org.convene.openspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an attendee looks for; every part given must match. {@code words} are looked for, each
 * without case, in the name (either script), the organisation and the shared interests.
 */
@Serdeable
public record AttendeeSearch(@Nullable String words, @Nullable Long groupId, @Nullable String country) {
    public static AttendeeSearch all() {
        return new AttendeeSearch(null, null, null);
    }
}
