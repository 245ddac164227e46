package org.convene.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a person tells other attendees about themselves. {@code findable} is false until they
 * choose otherwise: nobody is listed for Open Space meetings without having said yes.
 */
@Serdeable
public record Profile(@Nullable String bio, @Nullable String interests, boolean findable) {
    public static final int BIO_MAX = 1000;
    public static final int INTERESTS_MAX = 500;

    public static Profile empty() {
        return new Profile(null, null, false);
    }
}
