package org.convene.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A session as the chair office enters it. Times are the venue's wall-clock time (the summit's
 * programme time zone, see {@link Programme#timeZone}). People are registrations of the
 * delegations module, by id.
 *
 * @param themeId          a theme of the summit, or none
 * @param roomId           a room of the summit's venue
 * @param audienceGroupId  the stakeholder group, when the audience is {@link Audience#GROUP}
 * @param invited          the people invited, when the audience is {@link Audience#INVITATION}
 * @param expectedAudience how many people are expected, for the room-capacity check; may be unknown
 */
@Serdeable
public record SessionCommand(
        @Nullable SessionKind kind,
        @Nullable String title,
        @Nullable Long themeId,
        @Nullable Long roomId,
        @Nullable LocalDateTime start,
        @Nullable LocalDateTime end,
        @Nullable List<Long> chairs,
        @Nullable List<Long> speakers,
        @Nullable Audience audience,
        @Nullable Long audienceGroupId,
        @Nullable List<Long> invited,
        @Nullable Integer expectedAudience) {

    public SessionCommand {
        chairs = chairs == null ? List.of() : List.copyOf(chairs);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        invited = invited == null ? List.of() : List.copyOf(invited);
    }

    public SessionCommand withEnd(LocalDateTime newEnd) {
        return new SessionCommand(kind, title, themeId, roomId, start, newEnd, chairs, speakers, audience, audienceGroupId, invited,
                expectedAudience);
    }

    public SessionCommand withExpected(Integer expected) {
        return new SessionCommand(kind, title, themeId, roomId, start, end, chairs, speakers, audience, audienceGroupId, invited,
                expected);
    }
}
