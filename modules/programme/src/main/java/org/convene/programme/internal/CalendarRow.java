package org.convene.programme.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A summit's programme settings; its row is also the lock every write of the summit's sessions takes. */
@MappedEntity("programme_calendar")
record CalendarRow(@Id long summitId, String timeZone) {
    static final String DEFAULT_ZONE = "UTC";
}
