package org.convene.delegations.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.convene.delegations.RegistrationStatus;

/**
 * What other modules may know of a registration: names, group, status and the listing's fields; no personal needs.
 * A mapped entity rather than an introspected DTO, though only ever read: Micronaut Data builds a
 * DTO's mapping model anew for every query, an entity's once.
 */
@MappedEntity("delegation_registration")
record ParticipantRow(@Id long id, long summitId, long groupId, String givenName, String familyName, @Nullable String latinGivenName,
                      @Nullable String latinFamilyName, String organisation, String nationality, String email, RegistrationStatus status) {
}
