package org.convene.delegations;

/**
 * The chair office rejected a registration, for the given reason. Published inside the facade's
 * transaction; react with {@code @TransactionalEventListener} so nothing is sent for a rolled-back change.
 */
public record RegistrationRejected(long registrationId, long groupId, String email, String reason) {
}
