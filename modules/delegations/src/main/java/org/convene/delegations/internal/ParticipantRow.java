package org.convene.delegations.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import org.convene.delegations.RegistrationStatus;

/** What other modules may know of a registration: names, group, status and the listing's fields; no personal needs. */
@Introspected
record ParticipantRow(long id, long summitId, long groupId, String givenName, String familyName, @Nullable String latinGivenName,
                      @Nullable String latinFamilyName, String organisation, String nationality, String email, RegistrationStatus status) {
}
