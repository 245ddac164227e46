package org.convene.roundtables.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One of a delegate's choices: {@code choice} 1 is the first. */
@MappedEntity("roundtable_preference")
record PreferenceRow(@Id @GeneratedValue @Nullable Long id, long registrationId, int choice, long roundtableId) {
}
