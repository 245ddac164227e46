package org.convene.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored session with the names it shows. {@code uid} is its stable calendar identity, {@code sequence} counts its edits.
 * {@code invited} is filled only for the chair office's reads; the public programme leaves it empty.
 */
@Serdeable
public record SessionView(
        long id,
        long summitId,
        String uid,
        int sequence,
        SessionKind kind,
        String title,
        @Nullable Long themeId,
        @Nullable String themeTitle,
        long roomId,
        String roomName,
        LocalDateTime start,
        LocalDateTime end,
        List<PersonRef> chairs,
        List<PersonRef> speakers,
        Audience audience,
        @Nullable AudienceGroup audienceGroup,
        List<PersonRef> invited,
        @Nullable Integer expectedAudience) {

    /** The same session without the invitation list, for everyone but the chair office. */
    public SessionView withoutInvited() {
        return new SessionView(id, summitId, uid, sequence, kind, title, themeId, themeTitle, roomId, roomName, start, end, chairs,
                speakers, audience, audienceGroup, List.of(), expectedAudience);
    }
}
