package org.convene.identity.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.convene.identity.Profile;

@MappedEntity("identity_profile")
record ProfileRow(@Id long userId, @Nullable String bio, @Nullable String interests, boolean findable) {
    Profile view() {
        return new Profile(bio, interests, findable);
    }
}
