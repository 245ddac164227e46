package org.convene.roundtables;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * A published outcome as the summit report and the thematic recollection read it: sanitised HTML
 * per section and no author, since published outcomes attribute nothing to anyone.
 *
 * @param sdgTargets the targets and goals it names, normalised ("8", "10.7", "10.c")
 */
@Serdeable
public record PublishedOutcome(
        long roundtableId,
        long summitId,
        long themeId,
        String number,
        String title,
        String keyMessagesHtml,
        String recommendationsHtml,
        String practicesHtml,
        List<String> sdgTargets,
        Instant publishedAt) {
}
