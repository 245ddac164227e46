package org.convene.openspace;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;

/** A booked meeting: where and when, and who takes part (the requester first). */
@Serdeable
public record MeetingView(long id, long requestId, long summitId, long placeId, String placeName, LocalDateTime start,
                          LocalDateTime end, List<Person> people) {

    @Serdeable
    public record Person(long registrationId, String name) {
    }
}
