package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One registration's answer to one custom field, as checked and normalised. */
@MappedEntity("delegation_custom_answer")
record FieldAnswer(@Id @GeneratedValue @Nullable Long id, long registrationId, long fieldId, String answer) {
}
