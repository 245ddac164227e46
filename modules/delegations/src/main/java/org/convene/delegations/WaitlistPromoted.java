package org.convene.delegations;

/**
 * A place freed in the group and the first in line now holds it as NOMINATED. Published inside the facade's transaction;
 * react with {@code @TransactionalEventListener} so nothing is sent for a rolled-back change.
 */
public record WaitlistPromoted(long registrationId, long groupId, String email) {
}
