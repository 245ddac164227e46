package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An outcome as its editors and reviewers see it, or as an attendee reads it once published: then
 * {@code updatedBy} and {@code updatedAt} are null, since a published outcome links to no author.
 * An outcome nobody has written yet is an empty draft of revision 0.
 *
 * @param draft     the sections as typed
 * @param sdgRefs   the SDG targets and goals the draft names, normalised ("8", "10.7", "10.c")
 * @param revision  counts the saves that changed something; a save names the revision it started from
 */
@Serdeable
public record OutcomeView(
        long roundtableId,
        long summitId,
        String number,
        String title,
        OutcomeStatus status,
        OutcomeDraft draft,
        String keyMessagesHtml,
        String recommendationsHtml,
        String practicesHtml,
        List<String> sdgRefs,
        int revision,
        @Nullable Long updatedBy,
        @Nullable Instant updatedAt,
        @Nullable Instant publishedAt) {

    public String html(OutcomeSection section) {
        return switch (section) {
            case KEY_MESSAGES -> keyMessagesHtml;
            case RECOMMENDATIONS -> recommendationsHtml;
            case PRACTICES -> practicesHtml;
        };
    }

    public boolean isEmpty() {
        return revision == 0;
    }
}
