package org.convene.openspace.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("openspace_settings")
record SettingsRow(@Id long summitId, int slotMinutes) {
}
