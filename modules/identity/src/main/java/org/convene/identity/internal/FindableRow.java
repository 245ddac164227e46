package org.convene.identity.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A findable profile with its account's e-mail. */
@Introspected
record FindableRow(long userId, @Nullable String bio, @Nullable String interests, String email) {
}
