package org.convene.summit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One chair state of a chairmanship; {@code position} keeps the order in which the chairs were given (from 1). */
@MappedEntity("summit_chairmanship_chair")
record ChairmanshipChair(
        @Id @GeneratedValue @Nullable Long id,
        Long chairmanshipId,
        String stateCode,
        int position) {
}
