package org.convene.summit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.convene.summit.ThemeView;

/** A (sub-)theme of a summit; {@code position} numbers the themes 1, 2, 3 … in the order they were added. */
@MappedEntity("summit_theme")
record Theme(
        @Id @GeneratedValue @Nullable Long id,
        Long summitId,
        int position,
        String title,
        @Nullable String description,
        @Nullable Long resourcePersonId,
        @Version @Nullable Long version) {

    ThemeView view() {
        return new ThemeView(id, summitId, position, title, description, resourcePersonId);
    }
}
