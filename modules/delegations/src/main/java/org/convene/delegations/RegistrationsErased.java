package org.convene.delegations;

import java.util.List;

/**
 * Registrations' personal data was erased. Published inside the erasure's transaction, like the
 * other registration events, so other modules forget what they hold about these people with it.
 */
public record RegistrationsErased(List<Long> registrationIds) {
    public RegistrationsErased {
        registrationIds = List.copyOf(registrationIds);
    }
}
