package org.convene.roundtables;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The four sections of an outcome as the rapporteur types them: three in Markdown, the SDG
 * targets in the free form people write ("10.7, 8.8"). A missing section is empty.
 *
 * @param practices practices and partnerships announced
 */
@Serdeable
public record OutcomeDraft(@Nullable String keyMessages, @Nullable String recommendations, @Nullable String practices,
                           @Nullable String sdgTargets) {
    public OutcomeDraft {
        keyMessages = keyMessages == null ? "" : keyMessages.strip();
        recommendations = recommendations == null ? "" : recommendations.strip();
        practices = practices == null ? "" : practices.strip();
        sdgTargets = sdgTargets == null ? "" : sdgTargets.strip();
    }

    public static final OutcomeDraft EMPTY = new OutcomeDraft("", "", "", "");

    public String section(OutcomeSection section) {
        return switch (section) {
            case KEY_MESSAGES -> keyMessages;
            case RECOMMENDATIONS -> recommendations;
            case PRACTICES -> practices;
        };
    }
}
