package org.convene.delegations;

/**
 * The chair office approved a registration. Published inside the facade's transaction;
 * react with {@code @TransactionalEventListener} so nothing is sent for a rolled-back change.
 */
public record RegistrationApproved(long registrationId, long groupId, String email) {
}
