package org.convene.delegations;

/**
 * A registration was withdrawn. Published inside the facade's transaction, like the other
 * registration events; listeners that write share that transaction.
 */
public record RegistrationWithdrawn(long registrationId, long groupId, String email) {
}
