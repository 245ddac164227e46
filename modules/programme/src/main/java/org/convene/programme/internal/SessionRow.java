package org.convene.programme.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import org.convene.programme.Audience;
import org.convene.programme.SessionKind;

/** A session of a summit; times are the venue's wall-clock time. */
@MappedEntity("programme_session")
record SessionRow(
        @Id @GeneratedValue @Nullable Long id,
        long summitId,
        String uid,
        SessionKind kind,
        String title,
        @Nullable Long themeId,
        long roomId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Audience audience,
        @Nullable Long audienceGroupId,
        @Nullable Integer expectedAudience,
        int sequence) {
}
