package org.convene.openspace;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A findable attendee as other attendees see them; never their e-mail. {@code country} is ISO 3166-1 alpha-2. */
@Serdeable
public record AttendeeCard(long registrationId, String name, @Nullable String latinName, long groupId, String organisation,
                           String country, @Nullable String interests, @Nullable String bio) {
}
