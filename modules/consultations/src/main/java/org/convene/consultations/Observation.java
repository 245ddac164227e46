package org.convene.consultations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The observations on one theme of one consultation.
 *
 * @param source     what was written (Markdown, see {@link Consultations#saveObservations})
 * @param html       the sanitised HTML: the only form to show or print
 * @param writtenBy  the user who saved last, with their display name; null while nothing is written
 * @param writtenAt  when it was saved last
 */
@Serdeable
public record Observation(long consultationId, long themeId, String source, String html,
                          @Nullable Long writtenBy, @Nullable String writerName, @Nullable Instant writtenAt) {
    public boolean isEmpty() {
        return html.isBlank();
    }
}
